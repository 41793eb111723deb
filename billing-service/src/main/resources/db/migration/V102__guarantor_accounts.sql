-- The ledger is per guarantor account (ADR-free: the architecture's decision). An account opened for a guarantor
-- who is not a patient has no holder patient; a merged account points at the one that answers for it now.
ALTER TABLE rm_patient_account
    ALTER COLUMN patient_id DROP NOT NULL,
    ADD COLUMN guarantor_kind VARCHAR(20),
    ADD COLUMN merged_into    UUID;

-- The patients each account answers for (projection patient-accounts).
CREATE TABLE rm_account_patient (
    account_id UUID         NOT NULL,
    patient_id UUID         NOT NULL,
    clinic_id  VARCHAR(100) NOT NULL,
    since      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (account_id, patient_id)
);
CREATE INDEX rm_account_patient_patient ON rm_account_patient (patient_id);
INSERT INTO rm_account_patient (account_id, patient_id, clinic_id, since)
SELECT account_id, patient_id, clinic_id, opened_at FROM rm_patient_account WHERE patient_id IS NOT NULL;

-- The consumer's own routing state, written in the inbox transaction together with the commands it sends (so it
-- is never behind the aggregates): which account answers for a patient now, and where a merged account went.
-- The patient-accounts read model is eventually consistent and cannot serve these decisions.
CREATE TABLE account_responsibility (
    patient_id UUID         PRIMARY KEY,
    clinic_id  VARCHAR(100) NOT NULL,
    account_id UUID         NOT NULL
);
INSERT INTO account_responsibility (patient_id, clinic_id, account_id)
SELECT patient_id, clinic_id, account_id FROM rm_patient_account WHERE patient_id IS NOT NULL;

CREATE TABLE account_redirect (
    account_id           UUID         PRIMARY KEY,
    clinic_id            VARCHAR(100) NOT NULL,
    surviving_account_id UUID         NOT NULL
);
