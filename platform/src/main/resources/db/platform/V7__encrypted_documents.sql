-- Files that hold PHI (statements, 837/835 files, placement files), encrypted at rest in the service's own database
-- (ADR 0022). Content-addressed: a document is named within its clinic by the SHA-256 (hex) of its plaintext, so
-- the same bytes stored twice are one row. Envelope encryption: ciphertext under a per-document data key (AES-256-GCM,
-- nonce), the data key wrapped by the service's key-encryption key named by key_id (its nonce prepended). Both bind
-- the clinic id and sha256 as authenticated data, so a row moved to another clinic or hash fails to open.
CREATE TABLE encrypted_documents (
    clinic_id   TEXT        NOT NULL,
    sha256      TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type  TEXT        NOT NULL,
    size        BIGINT      NOT NULL CHECK (size >= 0),
    key_id      TEXT        NOT NULL,
    wrapped_key BYTEA       NOT NULL,
    nonce       BYTEA       NOT NULL,
    ciphertext  BYTEA       NOT NULL,
    stored_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (clinic_id, sha256)
);

-- Rotation re-wraps the data keys of the rows still under an old key-encryption key: find them without a scan.
CREATE INDEX encrypted_documents_key_id ON encrypted_documents (key_id);

-- Ciphertext does not compress: store it out of line without PostgreSQL first trying (and failing) to compress it.
ALTER TABLE encrypted_documents ALTER COLUMN ciphertext SET STORAGE EXTERNAL;
