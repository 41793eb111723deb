-- Read model of the patient-summary projection. PHI stays sealed here too (same ciphertexts as the events),
-- so destroying a patient's data key shreds this copy as well; it is opened only when a caller reads it.
CREATE TABLE rm_patient_summary (
    patient_id      UUID         PRIMARY KEY,
    clinic_id       VARCHAR(100) NOT NULL,
    key_id          VARCHAR(36)  NOT NULL,
    given_name      TEXT         NOT NULL,
    family_name     TEXT         NOT NULL,
    date_of_birth   TEXT         NOT NULL,
    registered_at   TIMESTAMPTZ  NOT NULL,
    changed_at      TIMESTAMPTZ,
    version         BIGINT       NOT NULL
);
CREATE INDEX rm_patient_summary_clinic ON rm_patient_summary (clinic_id);
