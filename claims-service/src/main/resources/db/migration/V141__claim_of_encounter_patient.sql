-- The patient a claim is for, kept with the encounter-to-claim row in the drafting transaction: a correction in
-- patient-service re-scrubs every claim of the patient, even one the claims read model has not shown yet.
ALTER TABLE claim_of_encounter ADD COLUMN patient_id uuid;
CREATE INDEX claim_of_encounter_patient ON claim_of_encounter (clinic_id, patient_id);
