--liquibase formatted sql
-- Runs on MySQL 8.0+ and MariaDB 11.4. Ids are application-generated ULIDs.

--changeset partybuilding:activity-001-activity
CREATE TABLE activity (
    id                 CHAR(26)     CHARACTER SET ascii NOT NULL,
    organization_id    CHAR(26)     CHARACTER SET ascii NOT NULL,
    -- the organization's path in branch-service when the activity was planned: subtree filters
    -- and compliance reports stay local instead of calling branch-service per row
    organization_path  VARCHAR(760) CHARACTER SET ascii NOT NULL,
    type               VARCHAR(32)  CHARACTER SET ascii NOT NULL,
    title              VARCHAR(200) NOT NULL,
    topic              VARCHAR(500) NULL,
    speaker_member_id  CHAR(26)     CHARACTER SET ascii NULL,
    speaker_name       VARCHAR(50)  NULL,
    place              VARCHAR(200) NULL,
    start_at           DATETIME(6)  NOT NULL,
    end_at             DATETIME(6)  NOT NULL,
    status             VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    minutes            TEXT         NULL,
    resolutions        TEXT         NULL,
    created_by         VARCHAR(128) NOT NULL,
    version            BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_path_start (organization_path, start_at),
    KEY ix_activity_organization_start (organization_id, start_at),
    KEY ix_activity_start (start_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE activity;

--changeset partybuilding:activity-001-attendance
CREATE TABLE attendance (
    activity_id    CHAR(26)    CHARACTER SET ascii NOT NULL,
    member_id      CHAR(26)    CHARACTER SET ascii NOT NULL,
    member_name    VARCHAR(50) NOT NULL,
    -- full members vote (quorum of the 支部党员大会); probationary members do not
    full_member    BOOLEAN     NOT NULL,
    status         VARCHAR(16) CHARACTER SET ascii NULL,
    checked_in_at  DATETIME(6) NULL,
    recorded_by    VARCHAR(128) NULL,
    updated_at     DATETIME(6) NOT NULL,
    -- one row per member per activity, however often and however concurrently they check in
    PRIMARY KEY (activity_id, member_id),
    KEY ix_attendance_member (member_id, activity_id),
    CONSTRAINT fk_attendance_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE attendance;

--changeset partybuilding:activity-001-leave-request
CREATE TABLE leave_request (
    id           CHAR(26)     CHARACTER SET ascii NOT NULL,
    activity_id  CHAR(26)     CHARACTER SET ascii NOT NULL,
    member_id    CHAR(26)     CHARACTER SET ascii NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    status       VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    decided_by   VARCHAR(128) NULL,
    decided_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_leave_request_member (activity_id, member_id),
    CONSTRAINT fk_leave_request_activity FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE leave_request;
