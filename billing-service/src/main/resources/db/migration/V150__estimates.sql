-- Read model of the good-faith-estimates projection: what each estimate states (no patient name or date of birth:
-- those stay sealed in patient-service and are printed only into the PDF at download time, ADR 0020), and its
-- comparison with the final bill. Keyed by estimate, per clinic.
CREATE TABLE rm_good_faith_estimate (
    estimate_id      UUID           PRIMARY KEY,
    clinic_id        VARCHAR(100)   NOT NULL,
    patient_id       UUID           NOT NULL,
    scheduled_date   DATE           NOT NULL,
    total            NUMERIC(19, 2) NOT NULL,
    currency         CHAR(3)        NOT NULL,
    content          JSONB          NOT NULL,
    issued_at        TIMESTAMPTZ    NOT NULL,
    encounter_id     VARCHAR(100),
    billed_total     NUMERIC(19, 2),
    excess           NUMERIC(19, 2),
    flagged          BOOLEAN        NOT NULL DEFAULT FALSE,
    compared_at      TIMESTAMPTZ,
    version          BIGINT         NOT NULL
);
CREATE INDEX rm_good_faith_estimate_clinic ON rm_good_faith_estimate (clinic_id, patient_id);
CREATE INDEX rm_good_faith_estimate_flagged ON rm_good_faith_estimate (clinic_id, compared_at) WHERE flagged;

-- The patient's name and date of birth as patient-service sealed them (ciphertext under the patient's own key),
-- written from patients.patient-events.v1 in the inbox transaction: a good-faith estimate's PDF opens them through
-- the vault when it is downloaded. Never opened or stored in the clear in billing.
CREATE TABLE estimate_patient_seal (
    patient_id     UUID         PRIMARY KEY,
    clinic_id      VARCHAR(100) NOT NULL,
    key_id         VARCHAR(100) NOT NULL,
    given_name     TEXT         NOT NULL,
    family_name    TEXT         NOT NULL,
    date_of_birth  TEXT         NOT NULL,
    last_sequence  BIGINT       NOT NULL
);
CREATE INDEX estimate_patient_seal_clinic ON estimate_patient_seal (clinic_id);
