-- The payer registry (io.claimline.patient.payer).
-- rm_payer: read model of the payer-directory projection (one row per payer, keyed by clinic). Payer data is
-- business data, not PHI, so it is stored in the clear.
CREATE TABLE rm_payer (
    payer_id                  UUID         PRIMARY KEY,
    clinic_id                 VARCHAR(100) NOT NULL,
    name                      VARCHAR(60)  NOT NULL,
    edi_payer_id              VARCHAR(80)  NOT NULL,
    claim_filing_indicator    VARCHAR(2)   NOT NULL,
    initial_claim_days        INTEGER      NOT NULL,
    corrected_claim_days      INTEGER      NOT NULL,
    appeal_days               INTEGER      NOT NULL,
    address_line1             VARCHAR(55)  NOT NULL,
    address_line2             VARCHAR(55),
    city                      VARCHAR(55)  NOT NULL,
    state                     VARCHAR(2)   NOT NULL,
    postal_code               VARCHAR(9)   NOT NULL,
    phone                     VARCHAR(16),
    accepts_electronic_claims BOOLEAN      NOT NULL,
    active                    BOOLEAN      NOT NULL,
    added_at                  TIMESTAMPTZ  NOT NULL,
    changed_at                TIMESTAMPTZ,
    version                   BIGINT       NOT NULL
);
CREATE INDEX rm_payer_clinic_name ON rm_payer (clinic_id, lower(name), payer_id);

-- The rule across payers: an EDI payer id is held by at most one active payer of a clinic. Written by the Payer
-- command handlers in the command's own transaction (not a read model: never replayed or rebuilt), so the claim
-- and the event that needs it commit together; the primary key serialises two concurrent claims.
CREATE TABLE payer_edi_id (
    clinic_id    VARCHAR(100) NOT NULL,
    edi_payer_id VARCHAR(80)  NOT NULL,
    payer_id     UUID         NOT NULL,
    PRIMARY KEY (clinic_id, edi_payer_id)
);
