--liquibase formatted sql
-- Indexes for the assessment report (党建考核报表): every part reads one subtree (path LIKE 'prefix%')
-- of one year, so the year comes first and the path's range second; the task and rectification
-- indexes carry status and deadline, so overdue counts are answered from the index. Runs on
-- MySQL 8.0+ and MariaDB 11.4 (ascii paths of at most 760 bytes stay within InnoDB's key limit).

--changeset partybuilding:assessment-103-assessment-year-path
CREATE INDEX ix_assessment_year_path ON assessment (assessment_year, organization_path, grade);
--rollback DROP INDEX ix_assessment_year_path ON assessment;

--changeset partybuilding:assessment-103-duty-report-year-path
CREATE INDEX ix_duty_report_year_path ON duty_report (report_year, organization_path);
--rollback DROP INDEX ix_duty_report_year_path ON duty_report;

--changeset partybuilding:assessment-103-rectification-report-status
CREATE INDEX ix_rectification_report_status ON rectification (duty_report_id, status, deadline);
--rollback DROP INDEX ix_rectification_report_status ON rectification;

--changeset partybuilding:assessment-103-task-path-status
CREATE INDEX ix_task_path_status ON duty_task (assignee_organization_path, status, deadline);
--rollback DROP INDEX ix_task_path_status ON duty_task;
