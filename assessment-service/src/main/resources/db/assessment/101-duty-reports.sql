--liquibase formatted sql
-- 述职评议: a secretary's yearly report, its named panel and its secret ballots. Runs on MySQL 8.0+
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
