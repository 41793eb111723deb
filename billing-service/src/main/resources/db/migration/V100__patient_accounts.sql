-- Read model of the patient-accounts projection.
CREATE TABLE rm_patient_account (
    account_id UUID         PRIMARY KEY,
    clinic_id  VARCHAR(100) NOT NULL,
    patient_id UUID         NOT NULL,
    balance    NUMERIC(19, 2) NOT NULL,
    currency   CHAR(3)      NOT NULL,
    opened_at  TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX rm_patient_account_clinic ON rm_patient_account (clinic_id);
