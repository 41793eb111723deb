-- Patients collections-service watches for balances that become due. Starts at registration with no balance.
-- applied_events counts applications of integration events, so a duplicate application would show.
CREATE TABLE rm_watched_patient (
    patient_id     UUID         PRIMARY KEY,
    clinic_id      VARCHAR(100) NOT NULL,
    watched_since  TIMESTAMPTZ  NOT NULL,
    status         VARCHAR(30)  NOT NULL,
    applied_events INTEGER      NOT NULL
);
CREATE INDEX rm_watched_patient_clinic ON rm_watched_patient (clinic_id);
