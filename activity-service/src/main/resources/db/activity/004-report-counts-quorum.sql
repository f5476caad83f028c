--liquibase formatted sql
-- A general meeting without a quorum no longer counts as held, so the grouped count of completed
-- activities reads the voting columns too: the report index carries them, and the report stays one
-- index range scan.

--changeset partybuilding:activity-004-report-counts-quorum
CREATE INDEX ix_activity_report_quorum ON activity (status, organization_path, type, start_at, expected_count, attended_count, voting_count, voting_attended_count);
DROP INDEX ix_activity_report ON activity;
--rollback CREATE INDEX ix_activity_report ON activity (status, organization_path, type, start_at, expected_count, attended_count); DROP INDEX ix_activity_report_quorum ON activity;
