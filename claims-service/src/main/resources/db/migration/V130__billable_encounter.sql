-- The billable encounters claims are drafted from, kept from billing.encounter-events.v1 (io.claimline.claims.encounter).
-- One row per confirmed encounter holds its latest revision as billing published it (an amendment carries the whole
-- encounter, so it replaces the row and its lines); a voided one stays, marked VOIDED. patient_id is the patient as
-- published: a merge is resolved through the patient copy when the encounter is read. applied_events counts the events
-- applied to the encounter (stale revisions included), so a duplicate application would show (reconciliation N4).
-- Text columns are unbounded on purpose: the contract bounds the values, and a copy must never refuse what billing
-- already accepted.
CREATE TABLE rm_billable_encounter (
    encounter_id                  UUID          PRIMARY KEY,
    clinic_id                     VARCHAR(100)  NOT NULL,
    status                        VARCHAR(10)   NOT NULL,
    revision                      INTEGER       NOT NULL,
    patient_id                    UUID          NOT NULL,
    coverage_id                   UUID,
    payer_id                      UUID,
    service_from                  DATE          NOT NULL,
    service_to                    DATE          NOT NULL,
    place_of_service              TEXT          NOT NULL,
    location_id                   UUID          NOT NULL,
    rendering_provider_id         UUID          NOT NULL,
    rendering_npi                 TEXT          NOT NULL,
    rendering_given_name          TEXT,
    rendering_family_name         TEXT          NOT NULL,
    rendering_taxonomy            TEXT,
    billing_npi                   TEXT          NOT NULL,
    billing_tax_id                TEXT          NOT NULL,
    billing_legal_name            TEXT          NOT NULL,
    billing_taxonomy              TEXT,
    referring_npi                 TEXT,
    referring_given_name          TEXT,
    referring_family_name         TEXT,
    diagnoses                     TEXT[]        NOT NULL,
    total_charge                  NUMERIC(19,2) NOT NULL,
    expected_reimbursement        NUMERIC(19,2),
    confirmed_by                  TEXT          NOT NULL,
    on_behalf_reason              TEXT,
    confirmed_at                  TIMESTAMPTZ   NOT NULL,
    amended_by                    TEXT,
    amendment_reason              TEXT,
    amended_at                    TIMESTAMPTZ,
    voided_by                     TEXT,
    void_reason                   TEXT,
    voided_at                     TIMESTAMPTZ,
    applied_events                INTEGER       NOT NULL,
    CONSTRAINT rm_billable_encounter_status CHECK (status IN ('BILLABLE', 'VOIDED'))
);
-- The billers' list: a clinic's encounters in one status, oldest date of service first.
CREATE INDEX rm_billable_encounter_clinic_status ON rm_billable_encounter (clinic_id, status, service_from,
    encounter_id);

CREATE TABLE rm_billable_encounter_line (
    encounter_id           UUID          NOT NULL REFERENCES rm_billable_encounter (encounter_id) ON DELETE CASCADE,
    line_id                UUID          NOT NULL,
    line_number            INTEGER       NOT NULL,
    service_date           DATE          NOT NULL,
    procedure_code         TEXT          NOT NULL,
    modifiers              TEXT[]        NOT NULL,
    units                  INTEGER       NOT NULL,
    diagnosis_pointers     INTEGER[]     NOT NULL,
    charge                 NUMERIC(19,2) NOT NULL,
    charge_override_reason TEXT,
    expected_reimbursement NUMERIC(19,2),
    PRIMARY KEY (encounter_id, line_id)
);
