--liquibase formatted sql
-- Runs on MySQL 8.0+ and MariaDB 11.4. Ids are application-generated ULIDs. Organization paths
-- ("/A/B/C/") are copied from branch-service when a row is written, so subtree statistics stay
-- local instead of calling branch-service per row.

--changeset partybuilding:volunteer-001-community
CREATE TABLE community (
    id             CHAR(26)     CHARACTER SET ascii NOT NULL,
    name           VARCHAR(100) NOT NULL,
    district       VARCHAR(50)  NOT NULL,
    street         VARCHAR(50)  NULL,
    address        VARCHAR(200) NULL,
    contact_name   VARCHAR(50)  NULL,
    -- the community office's public telephone, not a person's
    contact_phone  VARCHAR(30)  NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_community_district_name (district, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE community;

--changeset partybuilding:volunteer-001-community-report
CREATE TABLE community_report (
    id                 CHAR(26)     CHARACTER SET ascii NOT NULL,
    kind               VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    community_id       CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_id    CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_path  VARCHAR(760) CHARACTER SET ascii NOT NULL,
    organization_name  VARCHAR(100) NOT NULL,
    member_id          CHAR(26)     CHARACTER SET ascii NULL,
    member_name        VARCHAR(50)  NULL,
    agreement_items    TEXT         NULL,
    status             VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    -- set while ACTIVE, NULL once ENDED: one active report per member, and per organization and community
    active_key         VARCHAR(64)  CHARACTER SET ascii NULL,
    reported_at        DATETIME(6)  NOT NULL,
    ended_at           DATETIME(6)  NULL,
    created_by         VARCHAR(128) NOT NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_active (active_key),
    KEY ix_report_community (community_id, id),
    KEY ix_report_member (member_id, community_id),
    KEY ix_report_path (organization_path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE community_report;

--changeset partybuilding:volunteer-001-service-post
CREATE TABLE service_post (
    id            CHAR(26)     CHARACTER SET ascii NOT NULL,
    community_id  CHAR(26)     CHARACTER SET ascii NOT NULL,
    title         VARCHAR(100) NOT NULL,
    category      VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    description   VARCHAR(2000) NULL,
    capacity      INT          NOT NULL,
    -- kept by claims with a conditional update, so parallel claims never pass the capacity
    claimed       INT          NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    status        VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    created_by    VARCHAR(128) NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_post_community (community_id, id),
    KEY ix_post_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE service_post;

--changeset partybuilding:volunteer-001-service-post-claim
CREATE TABLE service_post_claim (
    post_id            CHAR(26)     CHARACTER SET ascii NOT NULL,
    member_id          CHAR(26)     CHARACTER SET ascii NOT NULL,
    member_name        VARCHAR(50)  NOT NULL,
    organization_id    CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_path  VARCHAR(760) CHARACTER SET ascii NOT NULL,
    organization_name  VARCHAR(100) NOT NULL,
    claimed_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (post_id, member_id),
    KEY ix_claim_member (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE service_post_claim;

--changeset partybuilding:volunteer-001-wish
CREATE TABLE wish (
    id                         CHAR(26)     CHARACTER SET ascii NOT NULL,
    community_id               CHAR(26)     CHARACTER SET ascii NOT NULL,
    title                      VARCHAR(100) NOT NULL,
    description                VARCHAR(1000) NULL,
    category                   VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    -- the resident, encrypted (AES-GCM) and shown only to the community and the claimer
    resident_name              VARCHAR(255) CHARACTER SET ascii NULL,
    resident_phone             VARCHAR(255) CHARACTER SET ascii NULL,
    status                     VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    claimer_kind               VARCHAR(16)  CHARACTER SET ascii NULL,
    claimer_member_id          CHAR(26)     CHARACTER SET ascii NULL,
    claimer_name               VARCHAR(100) NULL,
    claimer_organization_id    CHAR(26)     CHARACTER SET ascii NULL,
    claimer_organization_path  VARCHAR(760) CHARACTER SET ascii NULL,
    claimed_at                 DATETIME(6)  NULL,
    fulfilment_note            VARCHAR(1000) NULL,
    fulfilled_at               DATETIME(6)  NULL,
    confirmed_by               VARCHAR(128) NULL,
    confirmed_at               DATETIME(6)  NULL,
    closed_at                  DATETIME(6)  NULL,
    created_by                 VARCHAR(128) NOT NULL,
    version                    BIGINT       NOT NULL,
    created_at                 DATETIME(6)  NOT NULL,
    updated_at                 DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_wish_community (community_id, id),
    KEY ix_wish_status (status, id),
    KEY ix_wish_claimer_member (claimer_member_id),
    KEY ix_wish_claimer_path (claimer_organization_path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE wish;

--changeset partybuilding:volunteer-001-volunteer
-- One row per member who has recorded service: locked while a record is checked and written, so
-- parallel records of one member cannot overlap or pass 24 hours a day.
CREATE TABLE volunteer (
    member_id   CHAR(26)    CHARACTER SET ascii NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE volunteer;

--changeset partybuilding:volunteer-001-volunteer-record
-- The columns statistics count and group by compare bytewise (ascii_bin): COUNT(DISTINCT) and GROUP BY
-- over hundreds of thousands of rows spend most of their time comparing them. Ids are upper case.
CREATE TABLE volunteer_record (
    id                 CHAR(26)     CHARACTER SET ascii NOT NULL,
    member_id          CHAR(26)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    member_name        VARCHAR(50)  NOT NULL,
    organization_id    CHAR(26)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    organization_path  VARCHAR(760) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    organization_name  VARCHAR(100) NOT NULL,
    community_id       CHAR(26)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    post_id            CHAR(26)     CHARACTER SET ascii NULL,
    wish_id            CHAR(26)     CHARACTER SET ascii NULL,
    start_at           DATETIME(6)  NOT NULL,
    end_at             DATETIME(6)  NOT NULL,
    -- the China Standard Time date of the start: the day the 24-hour limit counts against
    service_date       DATE         NOT NULL,
    hours              DECIMAL(4,1) NOT NULL,
    description        VARCHAR(500) NOT NULL,
    status             VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    rejection_reason   VARCHAR(200) NULL,
    recorded_by        VARCHAR(128) NOT NULL,
    decided_by         VARCHAR(128) NULL,
    decided_at         DATETIME(6)  NULL,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_record_member_start (member_id, start_at),
    KEY ix_record_community (community_id, id),
    -- the names of the few ranked organizations (a ranking groups by id over the covering indexes)
    KEY ix_record_organization (organization_id, service_date),
    -- statistics read only these indexes: by subtree and period, and by period over large subtrees
    KEY ix_record_stats_path (status, organization_path, service_date, organization_id, community_id, member_id, hours),
    KEY ix_record_stats_date (status, service_date, organization_path, organization_id, community_id, member_id, hours)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE volunteer_record;
