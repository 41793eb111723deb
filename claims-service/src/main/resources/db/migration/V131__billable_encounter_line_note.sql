-- A service line's note to the payer (837P NTE), as billing published it: sealed under the patient's data key (free
-- text may identify the patient), opened only through the vault when a claim file is written.
ALTER TABLE rm_billable_encounter_line ADD COLUMN note_key_id TEXT;
ALTER TABLE rm_billable_encounter_line ADD COLUMN note_ciphertext TEXT;
