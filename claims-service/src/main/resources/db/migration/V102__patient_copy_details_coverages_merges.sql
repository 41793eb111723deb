-- The demographics beyond name and date of birth, sealed as patient-service published them (a JSON object of
-- {keyId, ciphertext} per field: middleName, preferredName, sex, address, phone, email, preferredContactMethod,
-- language); the 837 needs sex and address. Opened only through the vault.
ALTER TABLE rm_patient_copy
    ADD COLUMN details     JSONB,
    -- A duplicate merged into another patient: reads of it answer with the survivor.
    ADD COLUMN merged_into UUID;

-- The patients' coverages as claims need them for the 837 (payer, plan, member id, group, relationship, the
-- subscriber). Member id and subscriber stay sealed under the patient's key ({keyId, ciphertext} JSON; the
-- subscriber is null when the patient is the subscriber). last_sequence: the patient event that last changed it.
CREATE TABLE rm_coverage_copy (
    coverage_id      UUID         PRIMARY KEY,
    clinic_id        VARCHAR(100) NOT NULL,
    patient_id       UUID         NOT NULL,
    payer_id         VARCHAR(100) NOT NULL,
    plan_name        VARCHAR(200),
    member_id        JSONB        NOT NULL,
    group_number     VARCHAR(100),
    relationship     VARCHAR(20)  NOT NULL,
    subscriber       JSONB,
    priority         VARCHAR(20)  NOT NULL,
    effective_date   DATE         NOT NULL,
    termination_date DATE,
    ended            BOOLEAN      NOT NULL DEFAULT FALSE,
    last_sequence    BIGINT       NOT NULL,
    applied_events   INTEGER      NOT NULL
);
CREATE INDEX rm_coverage_copy_patient ON rm_coverage_copy (clinic_id, patient_id);
