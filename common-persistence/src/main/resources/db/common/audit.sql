--liquibase formatted sql

--changeset partybuilding:common-audit-1
-- One row per write (and per read of unmasked personal data), inserted in the write's own
-- transaction; rows are never updated or deleted. position is the order in which rows were
-- recorded in this service: a reader that follows the trail (the change feed) resumes after the
-- last position it has seen. The database account of a service needs only INSERT and SELECT here.
CREATE TABLE audit_event (
    position              BIGINT        NOT NULL AUTO_INCREMENT,
    id                    CHAR(26)      CHARACTER SET ascii NOT NULL,
    occurred_at           DATETIME(6)   NOT NULL,
    action                VARCHAR(24)   CHARACTER SET ascii NOT NULL,
    operation             VARCHAR(96)   CHARACTER SET ascii NOT NULL,
    resource_type         VARCHAR(48)   CHARACTER SET ascii NOT NULL,
    resource_id           VARCHAR(64)   CHARACTER SET ascii NOT NULL,
    old_version           BIGINT        NULL,
    new_version           BIGINT        NULL,
    -- where the resource belongs when the event happens: an organization's subtree, or a community
    organization_id       CHAR(26)      CHARACTER SET ascii NULL,
    organization_path     VARCHAR(760)  CHARACTER SET ascii NULL,
    community_id          CHAR(26)      CHARACTER SET ascii NULL,
    actor_subject         VARCHAR(128)  NOT NULL,
    actor_roles           VARCHAR(255)  NOT NULL,
    actor_organization_id VARCHAR(64)   NULL,
    actor_community_id    VARCHAR(64)   NULL,
    request_id            VARCHAR(128)  CHARACTER SET ascii NULL,
    client_address        VARCHAR(64)   CHARACTER SET ascii NULL,
    PRIMARY KEY (position),
    UNIQUE KEY uk_audit_event_id (id),
    KEY ix_audit_event_resource (resource_type, resource_id, id),
    KEY ix_audit_event_actor (actor_subject, id),
    KEY ix_audit_event_path (organization_path, id),
    KEY ix_audit_event_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE audit_event;
