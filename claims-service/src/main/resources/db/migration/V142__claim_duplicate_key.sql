-- The scrubber's duplicate key (clinic, patient, rendering provider, date of service, codes with modifiers) of each
-- claim, so the duplicate check is one indexed lookup instead of reading every claim of the patient on that date.
ALTER TABLE rm_claim ADD COLUMN duplicate_key text;
CREATE INDEX rm_claim_duplicate_key ON rm_claim (clinic_id, duplicate_key) WHERE duplicate_key IS NOT NULL;
DROP INDEX rm_claim_duplicate;
