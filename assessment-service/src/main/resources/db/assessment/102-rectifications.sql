--liquibase formatted sql
-- 整改清单: problems raised (often at a 述职评议) become items with measures, an owner and a deadline;
-- the owner reports them done and the organization above reviews them (回头看), closing or reopening.
-- Runs on MySQL 8.0+ and MariaDB 11.4.

--changeset partybuilding:assessment-102-rectification
CREATE TABLE rectification (
    id                 CHAR(26)      CHARACTER SET ascii NOT NULL,
    duty_report_id     CHAR(26)      CHARACTER SET ascii NULL,
    organization_id    CHAR(26)      CHARACTER SET ascii NOT NULL,
    organization_path  VARCHAR(760)  CHARACTER SET ascii NOT NULL,
    organization_name  VARCHAR(100)  NOT NULL,
    problem            VARCHAR(2000) NOT NULL,
    measures           VARCHAR(4000) NOT NULL,
    owner_name         VARCHAR(50)   NOT NULL,
    owner_post         VARCHAR(100)  NULL,
    deadline           DATE          NOT NULL,
    -- OPEN, RECTIFIED, CLOSED
    status             VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    rectified_note     VARCHAR(4000) NULL,
    rectified_at       DATETIME(6)   NULL,
    closed_at          DATETIME(6)   NULL,
    created_by         VARCHAR(128)  NOT NULL,
    version            BIGINT        NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rectification_path (organization_path),
    KEY ix_rectification_report (duty_report_id),
    KEY ix_rectification_deadline (status, deadline),
    CONSTRAINT fk_rectification_report FOREIGN KEY (duty_report_id) REFERENCES duty_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE rectification;

--changeset partybuilding:assessment-102-rectification-review
CREATE TABLE rectification_review (
    id                 CHAR(26)      CHARACTER SET ascii NOT NULL,
    rectification_id   CHAR(26)      CHARACTER SET ascii NOT NULL,
    -- CLOSED or REOPENED
    result             VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    note               VARCHAR(2000) NOT NULL,
    new_deadline       DATE          NULL,
    reviewed_by        VARCHAR(128)  NOT NULL,
    reviewer_organization_id CHAR(26) CHARACTER SET ascii NULL,
    reviewed_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_review_rectification (rectification_id, id),
    CONSTRAINT fk_review_rectification FOREIGN KEY (rectification_id) REFERENCES rectification (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE rectification_review;
