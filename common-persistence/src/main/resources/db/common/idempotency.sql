--liquibase formatted sql

--changeset partybuilding:common-idempotency-1
CREATE TABLE idempotency_key (
    caller        VARCHAR(128)  NOT NULL,
    idem_key      VARCHAR(64)   CHARACTER SET ascii NOT NULL,
    request_hash  CHAR(64)      CHARACTER SET ascii NOT NULL,
    status_code   INT           NULL,
    response_body MEDIUMTEXT    NULL,
    location      VARCHAR(1024) NULL,
    etag          VARCHAR(64)   NULL,
    created_at    DATETIME(6)   NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (caller, idem_key),
    KEY ix_idempotency_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE idempotency_key;
