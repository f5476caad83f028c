--liquibase formatted sql
-- Runs on MySQL 8.0+ (production) and MariaDB 11.4 (tests, local run): plain InnoDB DDL only.
-- Ids are application-generated ULIDs (CHAR(26) ascii); no auto-increment.

--changeset partybuilding:branch-001-organization
CREATE TABLE organization (
    id             CHAR(26)     CHARACTER SET ascii NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    type           VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    parent_id      CHAR(26)     CHARACTER SET ascii NULL,
    -- materialized path of ids, root first, self last: '/A/B/C/'; a subtree is one index range
    path           VARCHAR(760) CHARACTER SET ascii NOT NULL,
    depth          INT          NOT NULL,
    unit_name      VARCHAR(200) NULL,
    is_temporary   BOOLEAN      NOT NULL DEFAULT FALSE,
    is_functional  BOOLEAN      NOT NULL DEFAULT FALSE,
    established_on DATE         NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organization_code (code),
    KEY ix_organization_parent (parent_id, id),
    KEY ix_organization_path (path),
    KEY ix_organization_type_path (type, path),
    CONSTRAINT fk_organization_parent FOREIGN KEY (parent_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE organization;

--changeset partybuilding:branch-001-member
CREATE TABLE member (
    id                  CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_id     CHAR(26)     CHARACTER SET ascii NOT NULL,
    name                VARCHAR(50)  NOT NULL,
    gender              VARCHAR(8)   CHARACTER SET ascii NOT NULL,
    birth_date          DATE         NULL,
    ethnicity           VARCHAR(32)  NULL,
    education           VARCHAR(32)  CHARACTER SET ascii NULL,
    status              VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    joined_on           DATE         NOT NULL,
    probation_end       DATE         NULL,
    probation_extended  BOOLEAN      NOT NULL DEFAULT FALSE,
    -- personal data: AES-GCM ciphertext plus a keyed hash for uniqueness and lookups
    phone_cipher        VARCHAR(255) CHARACTER SET ascii NULL,
    id_card_cipher      VARCHAR(255) CHARACTER SET ascii NULL,
    id_card_hash        CHAR(64)     CHARACTER SET ascii NULL,
    version             BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_id_card (id_card_hash),
    KEY ix_member_organization (organization_id, id),
    KEY ix_member_organization_status (organization_id, status),
    CONSTRAINT fk_member_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE member;

--changeset partybuilding:branch-001-member-post
CREATE TABLE member_post (
    member_id CHAR(26)    CHARACTER SET ascii NOT NULL,
    post      VARCHAR(40) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (member_id, post),
    KEY ix_member_post_post (post, member_id),
    CONSTRAINT fk_member_post_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE member_post;

--changeset partybuilding:branch-001-member-transfer
CREATE TABLE member_transfer (
    id                   CHAR(26)     CHARACTER SET ascii NOT NULL,
    member_id            CHAR(26)     CHARACTER SET ascii NOT NULL,
    from_organization_id CHAR(26)     CHARACTER SET ascii NOT NULL,
    to_organization_id   CHAR(26)     CHARACTER SET ascii NOT NULL,
    reason               VARCHAR(500) NULL,
    effective_on         DATE         NOT NULL,
    recorded_by          VARCHAR(128) NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_member_transfer_member (member_id, id),
    CONSTRAINT fk_member_transfer_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_member_transfer_from FOREIGN KEY (from_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_member_transfer_to FOREIGN KEY (to_organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE member_transfer;

--changeset partybuilding:branch-001-star-rating
CREATE TABLE star_rating (
    id              CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_id CHAR(26)     CHARACTER SET ascii NOT NULL,
    rating_year     INT          NOT NULL,
    level           VARCHAR(8)   CHARACTER SET ascii NOT NULL,
    score           DECIMAL(5,2) NOT NULL,
    evaluator       VARCHAR(100) NOT NULL,
    status          VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    notice_start    DATE         NULL,
    notice_end      DATE         NULL,
    remarks         VARCHAR(500) NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_star_rating_org_year (organization_id, rating_year),
    KEY ix_star_rating_year (rating_year, id),
    CONSTRAINT fk_star_rating_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE star_rating;

--changeset partybuilding:branch-001-designation
CREATE TABLE designation (
    id               CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_id  CHAR(26)     CHARACTER SET ascii NOT NULL,
    kind             VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    title            VARCHAR(200) NOT NULL,
    designation_year INT          NOT NULL,
    status           VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    remarks          VARCHAR(500) NULL,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_designation_org_kind_year (organization_id, kind, designation_year),
    KEY ix_designation_year (designation_year, id),
    CONSTRAINT fk_designation_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE designation;
