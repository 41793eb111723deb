-- A duplicate merged into another patient: reads of it answer with the survivor, whose watch goes on.
ALTER TABLE rm_watched_patient ADD COLUMN merged_into UUID;
