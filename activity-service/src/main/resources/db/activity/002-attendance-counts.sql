--liquibase formatted sql
-- Attendance counts kept on each activity, refreshed by every attendance write, so compliance
-- reports over 200,000 activities read activities only instead of 2,000,000 attendance rows.

--changeset partybuilding:activity-002-counts
ALTER TABLE activity
    ADD COLUMN expected_count        INT NOT NULL DEFAULT 0,
    ADD COLUMN attended_count        INT NOT NULL DEFAULT 0,
    ADD COLUMN voting_count          INT NOT NULL DEFAULT 0,
    ADD COLUMN voting_attended_count INT NOT NULL DEFAULT 0;
--rollback ALTER TABLE activity DROP COLUMN expected_count, DROP COLUMN attended_count, DROP COLUMN voting_count, DROP COLUMN voting_attended_count;

--changeset partybuilding:activity-002-counts-backfill
UPDATE activity a SET
    expected_count = (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id),
    attended_count = (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.status IN ('PRESENT', 'LATE')),
    voting_count = (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.full_member),
    voting_attended_count = (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.full_member AND t.status IN ('PRESENT', 'LATE'));

--changeset partybuilding:activity-002-status-index
CREATE INDEX ix_activity_status_path_start ON activity (status, organization_path, start_at);
