--liquibase formatted sql
-- Runs on MySQL 8.0+ and MariaDB 11.4.

--changeset partybuilding:volunteer-002-monthly-totals
-- Confirmed hours and person-times per organization, community and month, kept as records are
-- confirmed (a confirmation is final). Subtree and community statistics of whole months read these
-- rows instead of every record: about a third as many, and a fraction of the bytes.
CREATE TABLE volunteer_month (
    organization_path  VARCHAR(760)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    community_id       CHAR(26)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- the first day of the month (China Standard Time service dates)
    month              DATE          NOT NULL,
    organization_id    CHAR(26)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hours              DECIMAL(12,1) NOT NULL,
    person_times       INT           NOT NULL,
    PRIMARY KEY (organization_path, community_id, month),
    KEY ix_month_path (month, organization_path, community_id, organization_id, hours, person_times)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO volunteer_month (organization_path, community_id, month, organization_id, hours, person_times)
SELECT organization_path, community_id, DATE_SUB(service_date, INTERVAL DAYOFMONTH(service_date) - 1 DAY),
       MAX(organization_id), SUM(hours), COUNT(*)
FROM volunteer_record WHERE status = 'CONFIRMED'
GROUP BY organization_path, community_id, DATE_SUB(service_date, INTERVAL DAYOFMONTH(service_date) - 1 DAY);
--rollback DROP TABLE volunteer_month;
