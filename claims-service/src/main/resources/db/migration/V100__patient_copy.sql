-- claims-service's own copy of the patients it will bill for, kept from patients.patient-events.v1.
-- applied_events counts applications, so a duplicate application would show (it must stay equal to the number
-- of distinct events received for the patient).
CREATE TABLE rm_patient_copy (
    patient_id              UUID         PRIMARY KEY,
    clinic_id               VARCHAR(100) NOT NULL,
    registered_at           TIMESTAMPTZ  NOT NULL,
    demographics_changed_at TIMESTAMPTZ,
    last_sequence           BIGINT       NOT NULL,
    applied_events          INTEGER      NOT NULL
);
CREATE INDEX rm_patient_copy_clinic ON rm_patient_copy (clinic_id);
