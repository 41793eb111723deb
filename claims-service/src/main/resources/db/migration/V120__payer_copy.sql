-- claims-service's copy of each clinic's payers, kept from patients.payer-events.v1 (io.claimline.claims.payer).
-- The columns are the platform's PayerCopyTable's. applied_events counts applications, so a duplicate application
-- would show (it must equal the number of distinct events received for the payer).
CREATE TABLE rm_payer_copy (
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
    last_sequence             BIGINT       NOT NULL,
    applied_events            INTEGER      NOT NULL
);
CREATE INDEX rm_payer_copy_clinic ON rm_payer_copy (clinic_id);
