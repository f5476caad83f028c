--liquibase formatted sql
-- Member counts per organization, kept by the writes that change them, so that the structure
-- check of a province (5,000 branches, 100,000 members) reads one row per branch instead of
-- aggregating every member.

--changeset partybuilding:branch-002-member-count
CREATE TABLE organization_member_count (
    organization_id   CHAR(26) CHARACTER SET ascii NOT NULL,
    full_members      INT      NOT NULL DEFAULT 0,
    total_members     INT      NOT NULL DEFAULT 0,
    committee_members INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id),
    CONSTRAINT fk_member_count_organization FOREIGN KEY (organization_id) REFERENCES organization (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE organization_member_count;

--changeset partybuilding:branch-002-member-count-backfill
INSERT INTO organization_member_count (organization_id, full_members, total_members, committee_members)
SELECT m.organization_id, SUM(m.status = 'FULL'), COUNT(*), COUNT(cp.member_id)
  FROM member m
  LEFT JOIN (SELECT member_id FROM member_post WHERE post <> 'GROUP_LEADER' GROUP BY member_id) cp ON cp.member_id = m.id
 GROUP BY m.organization_id;
--rollback DELETE FROM organization_member_count;
