-- Data keys live only in patient-service, the PHI vault (ADR 0007); V2 gave every service the table. Drop it
-- where it is empty (every other service, and patient-service's own fresh database, which recreates it in
-- V101); a table that holds keys is never dropped.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM phi_data_key) THEN
        DROP TABLE phi_data_key;
    END IF;
END
$$;
