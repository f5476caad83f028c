--liquibase formatted sql
-- Members holding a 委员's post (组织委员, 宣传委员, 纪检委员: a committee post other than secretary and
-- deputy) per organization, kept like the other counts, so that the structure check finds a branch of
-- fewer than seven full members that has such posts (it has no committee, only a secretary and perhaps
-- a deputy) without reading its members.

--changeset partybuilding:branch-003-ordinary-committee-members
ALTER TABLE organization_member_count ADD COLUMN ordinary_committee_members INT NOT NULL DEFAULT 0;
--rollback ALTER TABLE organization_member_count DROP COLUMN ordinary_committee_members;

--changeset partybuilding:branch-003-ordinary-committee-members-backfill
UPDATE organization_member_count c
  JOIN (SELECT m.organization_id, COUNT(*) AS holders
          FROM member m
         WHERE EXISTS (SELECT 1 FROM member_post p
                        WHERE p.member_id = m.id
                          AND p.post IN ('ORGANIZATION_COMMITTEE_MEMBER', 'PUBLICITY_COMMITTEE_MEMBER', 'DISCIPLINE_COMMITTEE_MEMBER'))
         GROUP BY m.organization_id) o ON o.organization_id = c.organization_id
   SET c.ordinary_committee_members = o.holders;
--rollback UPDATE organization_member_count SET ordinary_committee_members = 0;
