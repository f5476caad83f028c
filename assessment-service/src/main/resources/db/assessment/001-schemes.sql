--liquibase formatted sql
-- Runs on MySQL 8.0+ and MariaDB 11.4. Ids are application-generated ULIDs. The issuer's path
-- ("/A/B/C/") is copied from branch-service when a scheme is written, so scope checks stay local.
-- Scores are DECIMAL with one decimal, never floating point.

--changeset partybuilding:assessment-001-scheme
CREATE TABLE assessment_scheme (
    id               CHAR(26)     CHARACTER SET ascii NOT NULL,
    issuer_id        CHAR(26)     CHARACTER SET ascii NOT NULL,
    issuer_path      VARCHAR(760) CHARACTER SET ascii NOT NULL,
    issuer_name      VARCHAR(100) NOT NULL,
    assessment_year  INT          NOT NULL,
    name             VARCHAR(100) NOT NULL,
    -- grade thresholds: the least total for 优秀, 良好 and 一般; below fair_min is 较差
    excellent_min    DECIMAL(6,1) NOT NULL,
    good_min         DECIMAL(6,1) NOT NULL,
    fair_min         DECIMAL(6,1) NOT NULL,
    -- the sum of the indicators' maximum scores, kept with every write of the scheme
    total_max        DECIMAL(6,1) NOT NULL,
    created_by       VARCHAR(128) NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_scheme_issuer_year_name (issuer_id, assessment_year, name),
    KEY ix_scheme_year (assessment_year, id),
    KEY ix_scheme_path (issuer_path)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE assessment_scheme;

--changeset partybuilding:assessment-001-scheme-category
CREATE TABLE scheme_category (
    id          CHAR(26)     CHARACTER SET ascii NOT NULL,
    scheme_id   CHAR(26)     CHARACTER SET ascii NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_category_scheme (scheme_id, position),
    CONSTRAINT fk_category_scheme FOREIGN KEY (scheme_id) REFERENCES assessment_scheme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE scheme_category;

--changeset partybuilding:assessment-001-scheme-indicator
CREATE TABLE scheme_indicator (
    id           CHAR(26)      CHARACTER SET ascii NOT NULL,
    scheme_id    CHAR(26)      CHARACTER SET ascii NOT NULL,
    category_id  CHAR(26)      CHARACTER SET ascii NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    max_score    DECIMAL(5,1)  NOT NULL,
    guidance     VARCHAR(2000) NULL,
    -- MANUAL or the automatic metric the score is computed from
    source       VARCHAR(32)   CHARACTER SET ascii NOT NULL,
    -- an automatic indicator's value for the full score (rates in percent, hours per member, stars)
    target       DECIMAL(10,2) NULL,
    PRIMARY KEY (id),
    KEY ix_indicator_category (category_id, position),
    KEY ix_indicator_scheme (scheme_id),
    CONSTRAINT fk_indicator_category FOREIGN KEY (category_id) REFERENCES scheme_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE scheme_indicator;
