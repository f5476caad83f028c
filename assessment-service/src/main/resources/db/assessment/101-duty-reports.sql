--liquibase formatted sql
-- 述职评议: a secretary's yearly report, its named panel and its secret ballots; and the 整改清单
-- items raised at it, reported done and reviewed (回头看). Runs on MySQL 8.0+
-- and MariaDB 11.4. Who voted and what was chosen are kept apart: duty_ballot_voter holds the
-- voters (its primary key lets each panel member vote once), duty_ballot_tally only the count per
-- choice; a ballot writes one row of the first and adds one to the second in one transaction, so
-- no row links a voter to a choice.

--changeset partybuilding:assessment-101-duty-report
CREATE TABLE duty_report (
    id                   CHAR(26)      CHARACTER SET ascii NOT NULL,
    organization_id      CHAR(26)      CHARACTER SET ascii NOT NULL,
    organization_path    VARCHAR(760)  CHARACTER SET ascii NOT NULL,
    organization_name    VARCHAR(100)  NOT NULL,
    reporter_member_id   CHAR(26)      CHARACTER SET ascii NOT NULL,
    reporter_name        VARCHAR(50)   NOT NULL,
    report_year          INT           NOT NULL,
    period               VARCHAR(50)   NULL,
    title                VARCHAR(200)  NOT NULL,
    report_text          TEXT          NOT NULL,
    -- DRAFT, VOTING, CLOSED
    status               VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    voting_opened_at     DATETIME(6)   NULL,
    closed_at            DATETIME(6)   NULL,
    created_by           VARCHAR(128)  NOT NULL,
    version              BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_duty_report_path (organization_path),
    KEY ix_duty_report_year (report_year, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duty_report;

--changeset partybuilding:assessment-101-duty-report-panel
CREATE TABLE duty_report_panel (
    report_id  CHAR(26) CHARACTER SET ascii NOT NULL,
    member_id  CHAR(26) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (report_id, member_id),
    CONSTRAINT fk_panel_report FOREIGN KEY (report_id) REFERENCES duty_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duty_report_panel;

--changeset partybuilding:assessment-101-duty-ballot-voter
-- who has voted, never what: one row per (report, voter), the key that makes a second ballot fail
CREATE TABLE duty_ballot_voter (
    report_id  CHAR(26) CHARACTER SET ascii NOT NULL,
    member_id  CHAR(26) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (report_id, member_id),
    CONSTRAINT fk_voter_report FOREIGN KEY (report_id) REFERENCES duty_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duty_ballot_voter;

--changeset partybuilding:assessment-101-duty-ballot-tally
-- what was chosen, never by whom: four rows per report (EXCELLENT, GOOD, FAIR, POOR), made with the report
CREATE TABLE duty_ballot_tally (
    report_id  CHAR(26)    CHARACTER SET ascii NOT NULL,
    choice     VARCHAR(16) CHARACTER SET ascii NOT NULL,
    ballots    INT         NOT NULL,
    PRIMARY KEY (report_id, choice),
    CONSTRAINT fk_tally_report FOREIGN KEY (report_id) REFERENCES duty_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duty_ballot_tally;

-- 整改清单: problem, measures, owner and deadline; OPEN, RECTIFIED, CLOSED (a review may reopen)
--changeset partybuilding:assessment-101-rectification
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

--changeset partybuilding:assessment-101-rectification-review
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
