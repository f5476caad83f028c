--liquibase formatted sql
-- 责任清单/任务清单: an organization assigns items to organizations below it, with a deadline and a
-- responsible post; progress notes are appended. Runs on MySQL 8.0+ and MariaDB 11.4.

--changeset partybuilding:assessment-102-task
CREATE TABLE duty_task (
    id                          CHAR(26)      CHARACTER SET ascii NOT NULL,
    assigner_organization_id    CHAR(26)      CHARACTER SET ascii NOT NULL,
    assigner_organization_path  VARCHAR(760)  CHARACTER SET ascii NOT NULL,
    assignee_organization_id    CHAR(26)      CHARACTER SET ascii NOT NULL,
    assignee_organization_path  VARCHAR(760)  CHARACTER SET ascii NOT NULL,
    assignee_organization_name  VARCHAR(100)  NOT NULL,
    title                       VARCHAR(200)  NOT NULL,
    description                 VARCHAR(4000) NULL,
    deadline                    DATE          NOT NULL,
    responsible_post            VARCHAR(40)   CHARACTER SET ascii NOT NULL,
    -- an assessment indicator this task serves; its format only is checked
    indicator_id                CHAR(26)      CHARACTER SET ascii NULL,
    -- ASSIGNED, IN_PROGRESS, DONE, CANCELLED
    status                      VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    percent_done                INT           NULL,
    created_by                  VARCHAR(128)  NOT NULL,
    version                     BIGINT        NOT NULL,
    created_at                  DATETIME(6)   NOT NULL,
    updated_at                  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_task_assignee_path (assignee_organization_path),
    KEY ix_task_deadline (status, deadline, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duty_task;

--changeset partybuilding:assessment-102-task-progress
CREATE TABLE duty_task_progress (
    id           CHAR(26)      CHARACTER SET ascii NOT NULL,
    task_id      CHAR(26)      CHARACTER SET ascii NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    percent_done INT           NULL,
    recorded_by  VARCHAR(128)  NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_progress_task (task_id, id),
    CONSTRAINT fk_progress_task FOREIGN KEY (task_id) REFERENCES duty_task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE duty_task_progress;
