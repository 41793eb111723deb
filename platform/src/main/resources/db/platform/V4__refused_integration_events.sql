-- Integration events a business rule of this consumer refused (the third outcome beside applied and malformed):
-- kept whole, with the reason, so an operator can see them and re-drive one once its cause is fixed. No inbox row
-- is written for a refused event, so a re-drive can still apply it once.
CREATE TABLE integration_refused (
    event_id     VARCHAR(100) PRIMARY KEY,
    topic        VARCHAR(200) NOT NULL,
    partition_no INTEGER      NOT NULL,
    record_offset BIGINT      NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(100) NOT NULL,
    clinic_id    VARCHAR(100) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    record_key   VARCHAR(200),
    record_value BYTEA        NOT NULL,
    refused_at   TIMESTAMPTZ  NOT NULL,
    attempts     INTEGER      NOT NULL,
    resolved_at  TIMESTAMPTZ,
    resolution   VARCHAR(20)
);
CREATE INDEX integration_refused_open ON integration_refused (clinic_id, refused_at) WHERE resolved_at IS NULL;
