-- The patient's name and date of birth as patient-service sealed them (ciphertexts under the patient's data
-- key, which only the PHI vault holds). Opened through the vault at the moment a claim needs them; unreadable for
-- good once the key is destroyed. Null for copies made before this column existed until the next change.
ALTER TABLE rm_patient_copy
    ADD COLUMN key_id        VARCHAR(36),
    ADD COLUMN given_name    TEXT,
    ADD COLUMN family_name   TEXT,
    ADD COLUMN date_of_birth TEXT;
