--liquibase formatted sql
-- Compliance reports read completed activities of a subtree and a period, grouped by organization
-- and type: these indexes hold every column the reports need, in grouping order, so a province
-- report is one index range scan without a temporary table or a sort.

--changeset partybuilding:activity-003-report-indexes
DROP INDEX ix_activity_status_path_start ON activity;
CREATE INDEX ix_activity_report ON activity (status, organization_path, type, start_at, expected_count, attended_count);
CREATE INDEX ix_activity_quorum ON activity (status, type, organization_path, start_at, voting_count, voting_attended_count);
--rollback DROP INDEX ix_activity_report ON activity; DROP INDEX ix_activity_quorum ON activity; CREATE INDEX ix_activity_status_path_start ON activity (status, organization_path, start_at);
