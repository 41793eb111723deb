-- Per-patient data keys, wrapped by the vault's master key. Kept apart from the event store: destroying a key
-- (wrapped_key set to NULL) shreds every sealed copy of that patient's PHI in every service.
CREATE TABLE IF NOT EXISTS phi_data_key (
    key_id       VARCHAR(36)  PRIMARY KEY,
    subject_id   VARCHAR(100) NOT NULL UNIQUE,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ  NOT NULL,
    destroyed_at TIMESTAMPTZ
);

-- The PHI access record: every open, seal and key destruction, append-only and hash-chained. hash is SHA-256
-- over previous_hash and the record's canonical JSON (PhiAccessChain), so editing, removing or reordering a
-- row breaks verification from that row on. items is that JSON's list of {patientId, field, outcome}.
CREATE TABLE phi_access_record (
    sequence      BIGINT       PRIMARY KEY,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    operation     VARCHAR(20)  NOT NULL,
    service       VARCHAR(100) NOT NULL,
    acting_user   VARCHAR(200) NOT NULL,
    clinic_id     VARCHAR(100) NOT NULL,
    purpose       VARCHAR(50)  NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    detail        VARCHAR(200),
    items         TEXT         NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX phi_access_record_clinic ON phi_access_record (clinic_id, sequence);
CREATE INDEX phi_access_record_items ON phi_access_record USING GIN ((items::jsonb) jsonb_path_ops);

-- Append-only in the database too: the service's own connections cannot change or remove a record.
CREATE FUNCTION phi_access_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the PHI access record is append-only';
END
$$;
CREATE TRIGGER phi_access_record_no_update BEFORE UPDATE OR DELETE ON phi_access_record
    FOR EACH ROW EXECUTE FUNCTION phi_access_record_is_append_only();
CREATE TRIGGER phi_access_record_no_truncate BEFORE TRUNCATE ON phi_access_record
    FOR EACH STATEMENT EXECUTE FUNCTION phi_access_record_is_append_only();

-- The registry shows when a patient's PHI was erased.
ALTER TABLE rm_patient_summary ADD COLUMN erased_at TIMESTAMPTZ;
