-- Accounts opened before guarantors existed were each their patient's own (SELF): say so, as a replay of their
-- PatientAccountOpenedEvent does, so the live read model equals a fresh replay (N3) on databases that had them.
UPDATE rm_patient_account SET guarantor_kind = 'SELF'
WHERE guarantor_kind IS NULL AND patient_id IS NOT NULL AND patient_id = account_id;
