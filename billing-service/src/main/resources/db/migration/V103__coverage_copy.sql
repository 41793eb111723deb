-- billing-service's copy of each patient's coverages, for patient-responsibility estimates: payer, plan,
-- priority, dates, benefits and the last eligibility answer. No member id and no subscriber: billing has no use
-- for them (claims-service keeps them, sealed). Written from patients.patient-events.v1 in the inbox transaction.
-- last_sequence is the patient event that last changed the row, so a late re-drive never overwrites a newer one.
CREATE TABLE rm_coverage_copy (
    coverage_id                UUID           PRIMARY KEY,
    clinic_id                  VARCHAR(100)   NOT NULL,
    patient_id                 UUID           NOT NULL,
    payer_id                   VARCHAR(100)   NOT NULL,
    plan_name                  VARCHAR(200),
    priority                   VARCHAR(20)    NOT NULL,
    effective_date             DATE           NOT NULL,
    termination_date           DATE,
    ended                      BOOLEAN        NOT NULL DEFAULT FALSE,
    copay                      NUMERIC(19, 2),
    coinsurance                NUMERIC(7, 4),
    deductible                 NUMERIC(19, 2),
    deductible_remaining       NUMERIC(19, 2),
    out_of_pocket_max          NUMERIC(19, 2),
    out_of_pocket_remaining    NUMERIC(19, 2),
    eligibility_status         VARCHAR(20),
    eligibility_date_of_service DATE,
    eligibility_plan_begin     DATE,
    eligibility_plan_end       DATE,
    eligibility_checked_at     TIMESTAMPTZ,
    eligibility_sequence       BIGINT,
    last_sequence              BIGINT         NOT NULL,
    applied_events             INTEGER        NOT NULL
);
CREATE INDEX rm_coverage_copy_patient ON rm_coverage_copy (clinic_id, patient_id);
