-- Consumer side of integration events: one row per applied event id, written in the effect's transaction.
CREATE TABLE integration_inbox (
    event_id     VARCHAR(100) PRIMARY KEY,
    topic        VARCHAR(200) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(100) NOT NULL,
    applied_at   TIMESTAMPTZ  NOT NULL
);

-- Idempotency-Key of write requests, per clinic; the stored response is replayed to retries.
CREATE TABLE idempotent_request (
    clinic_id       VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    operation       VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_json   TEXT,
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (clinic_id, idempotency_key)
);

-- Per-subject (patient) data keys, wrapped by the master key. Kept apart from the event store: destroying a
-- key (wrapped_key set to NULL) shreds every sealed copy of that subject's PHI.
CREATE TABLE phi_data_key (
    key_id       VARCHAR(36)  PRIMARY KEY,
    subject_id   VARCHAR(100) NOT NULL UNIQUE,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    destroyed_at TIMESTAMPTZ
);
