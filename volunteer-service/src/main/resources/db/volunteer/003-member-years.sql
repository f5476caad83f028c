--liquibase formatted sql
-- Runs on MySQL 8.0+ and MariaDB 11.4.

--changeset partybuilding:volunteer-003-member-years
-- Confirmed hours and person-times per member, organization, community and calendar year, kept as
-- records are confirmed (a confirmation is final). A member ranking over whole years reads these
-- rows instead of grouping every record of the subtree: for a province and a year, about half as
-- many rows, already in member order (bench/volunteer-stats.sh).
CREATE TABLE volunteer_member_year (
    service_year       SMALLINT      NOT NULL,
    member_id          CHAR(26)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    organization_path  VARCHAR(760)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    community_id       CHAR(26)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hours              DECIMAL(12,1) NOT NULL,
    person_times       INT           NOT NULL,
    -- a large subtree reads the year in member order
    PRIMARY KEY (service_year, member_id, organization_path, community_id),
    -- a small subtree reads only its own range
    KEY ix_member_year_path (service_year, organization_path, member_id, community_id, hours, person_times)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO volunteer_member_year (service_year, member_id, organization_path, community_id, hours, person_times)
SELECT YEAR(service_date), member_id, organization_path, community_id, SUM(hours), COUNT(*)
FROM volunteer_record WHERE status = 'CONFIRMED'
GROUP BY YEAR(service_date), member_id, organization_path, community_id;
--rollback DROP TABLE volunteer_member_year;
