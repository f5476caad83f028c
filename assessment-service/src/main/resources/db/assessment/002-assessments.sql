--liquibase formatted sql
-- Annual assessments (年度考核) and their scores per indicator. One assessment per organization and
-- scheme (a unique key, so parallel creates leave one). Runs on MySQL 8.0+ and MariaDB 11.4.

--changeset partybuilding:assessment-002-assessment
CREATE TABLE assessment (
    id                 CHAR(26)     CHARACTER SET ascii NOT NULL,
    scheme_id          CHAR(26)     CHARACTER SET ascii NOT NULL,
    assessment_year    INT          NOT NULL,
    organization_id    CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_path  VARCHAR(760) CHARACTER SET ascii NOT NULL,
    organization_name  VARCHAR(100) NOT NULL,
    -- the scheme's issuer, who reviews, scores and publishes
    assessor_id        CHAR(26)     CHARACTER SET ascii NOT NULL,
    assessor_name      VARCHAR(100) NOT NULL,
    status             VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    self_total         DECIMAL(6,1) NULL,
    review_total       DECIMAL(6,1) NULL,
    -- fixed when the assessment is SCORED
    total              DECIMAL(6,1) NULL,
    grade              VARCHAR(16)  CHARACTER SET ascii NULL,
    notice_start       DATE         NULL,
    notice_end         DATE         NULL,
    finalized_at       DATETIME(6)  NULL,
    automatic_as_of    DATE         NULL,
    automatic_filled_at DATETIME(6) NULL,
    created_by         VARCHAR(128) NOT NULL,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_assessment_scheme_organization (scheme_id, organization_id),
    KEY ix_assessment_path (organization_path),
    KEY ix_assessment_year (assessment_year, id),
    CONSTRAINT fk_assessment_scheme FOREIGN KEY (scheme_id) REFERENCES assessment_scheme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE assessment;

--changeset partybuilding:assessment-002-assessment-score
CREATE TABLE assessment_score (
    id                  CHAR(26)      CHARACTER SET ascii NOT NULL,
    assessment_id       CHAR(26)      CHARACTER SET ascii NOT NULL,
    indicator_id        CHAR(26)      CHARACTER SET ascii NOT NULL,
    self_score          DECIMAL(5,1)  NULL,
    self_note           VARCHAR(2000) NULL,
    review_score        DECIMAL(5,1)  NULL,
    review_note         VARCHAR(2000) NULL,
    -- an automatic indicator: the figure read, its score and where it came from
    auto_value          DECIMAL(12,2) NULL,
    auto_numerator      DECIMAL(14,2) NULL,
    auto_denominator    DECIMAL(14,2) NULL,
    auto_score          DECIMAL(5,1)  NULL,
    auto_source_service VARCHAR(32)   CHARACTER SET ascii NULL,
    auto_source_text    VARCHAR(300)  NULL,
    auto_fetched_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_score_assessment_indicator (assessment_id, indicator_id),
    CONSTRAINT fk_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE assessment_score;
