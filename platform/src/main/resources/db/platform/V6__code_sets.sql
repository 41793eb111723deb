-- Code sets loaded into this service's own database (issue 9; ADR 0018). Every file loaded is recorded; its codes
-- are kept with the ranges they are valid for. A file is shared (a CMS file every clinic of the service uses) or a
-- clinic's own (a licensed CPT file: clinic_id set). Files are never changed or deleted, so the highest id tells a
-- service instance whether its in-memory code sets are current.
CREATE TABLE code_set_files (
    id                BIGSERIAL PRIMARY KEY,
    file_kind         TEXT        NOT NULL,
    -- null: shared by every clinic of this service
    clinic_id         TEXT,
    file_name         TEXT        NOT NULL,
    sha256            TEXT        NOT NULL,
    entries           INTEGER     NOT NULL,
    effective_from    DATE,
    effective_through DATE,
    loaded_at         TIMESTAMPTZ NOT NULL,
    loaded_by         TEXT        NOT NULL,
    CONSTRAINT code_set_files_scope CHECK ((file_kind = 'CPT') = (clinic_id IS NOT NULL))
);

-- The same file loaded again into the same scope is the same load (idempotent).
CREATE UNIQUE INDEX code_set_files_once ON code_set_files (file_kind, COALESCE(clinic_id, ''), sha256);

CREATE TABLE code_set_entries (
    file_id           BIGINT  NOT NULL REFERENCES code_set_files (id),
    code_kind         TEXT    NOT NULL,
    code              TEXT    NOT NULL,
    effective_from    DATE    NOT NULL,
    effective_through DATE,
    description       TEXT    NOT NULL,
    billable          BOOLEAN NOT NULL,
    PRIMARY KEY (file_id, code_kind, code, effective_from)
);
