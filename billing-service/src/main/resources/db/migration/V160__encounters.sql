-- Read model of the encounters projection: one row per encounter as it now stands (its whole content in data, as
-- recorded or last corrected), with the columns the review queue and the lookups sort and filter on.
CREATE TABLE rm_encounter (
    encounter_id           UUID          PRIMARY KEY,
    clinic_id              VARCHAR(100)  NOT NULL,
    patient_id             UUID          NOT NULL,
    coverage_id            UUID,
    status                 VARCHAR(30)   NOT NULL,
    revision               INT           NOT NULL,
    version                BIGINT        NOT NULL,
    rendering_provider_id  UUID          NOT NULL,
    rendering_npi          CHAR(10)      NOT NULL,
    service_from           DATE          NOT NULL,
    service_to             DATE          NOT NULL,
    total_charge           NUMERIC(12,2) NOT NULL,
    expected_reimbursement NUMERIC(12,2),
    recorded_at            TIMESTAMPTZ   NOT NULL,
    recorded_by            VARCHAR(200)  NOT NULL,
    confirmed_at           TIMESTAMPTZ,
    confirmed_by           VARCHAR(200),
    on_behalf_reason       VARCHAR(500),
    voided_at              TIMESTAMPTZ,
    data                   JSONB         NOT NULL
);
-- The review queue: a clinic's pending encounters, oldest first (optionally one provider's).
CREATE INDEX rm_encounter_review ON rm_encounter (clinic_id, status, recorded_at, encounter_id);
CREATE INDEX rm_encounter_patient ON rm_encounter (clinic_id, patient_id);
