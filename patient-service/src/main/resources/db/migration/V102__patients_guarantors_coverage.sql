-- Issue 8: full demographics, guarantors, coverage, eligibility and matching. Every PHI column holds ciphertext
-- under the data key of the row's subject (key_id), exactly as the events do; nothing here is plaintext PHI.
ALTER TABLE rm_patient_summary
    ADD COLUMN middle_name              TEXT,
    ADD COLUMN preferred_name           TEXT,
    ADD COLUMN sex                      TEXT,
    ADD COLUMN address                  TEXT,
    ADD COLUMN phone                    TEXT,
    ADD COLUMN email                    TEXT,
    ADD COLUMN preferred_contact_method TEXT,
    ADD COLUMN language                 TEXT,
    ADD COLUMN verified_at              TIMESTAMPTZ,
    ADD COLUMN verified_by              VARCHAR(200),
    ADD COLUMN deactivated_at           TIMESTAMPTZ,
    ADD COLUMN merged_into              UUID,
    ADD COLUMN guarantor_id             VARCHAR(36),
    ADD COLUMN guarantor_kind           VARCHAR(10);

-- Blind keys: keyed HMACs of normalised values (ADR 0017). source = the coverage id for member ids, '' otherwise.
CREATE TABLE rm_patient_blind_key (
    patient_id  UUID         NOT NULL,
    clinic_id   VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    digest      VARCHAR(64)  NOT NULL,
    source      VARCHAR(36)  NOT NULL,
    PRIMARY KEY (patient_id, kind, source)
);
CREATE INDEX rm_patient_blind_key_digest ON rm_patient_blind_key (clinic_id, digest);

CREATE TABLE rm_patient_coverage (
    coverage_id            UUID          PRIMARY KEY,
    patient_id             UUID          NOT NULL,
    clinic_id              VARCHAR(100)  NOT NULL,
    key_id                 VARCHAR(36)   NOT NULL,
    payer_id               VARCHAR(36)   NOT NULL,
    plan_name              VARCHAR(60),
    member_id              TEXT          NOT NULL,
    group_number           VARCHAR(80),
    relationship           VARCHAR(10)   NOT NULL,
    subscriber_given_name  TEXT,
    subscriber_family_name TEXT,
    subscriber_dob         TEXT,
    subscriber_sex         TEXT,
    subscriber_address     TEXT,
    priority               VARCHAR(10)   NOT NULL,
    effective_date         DATE          NOT NULL,
    termination_date       DATE,
    copay                  NUMERIC(12,2),
    coinsurance            NUMERIC(5,4),
    deductible             NUMERIC(12,2),
    deductible_remaining   NUMERIC(12,2),
    out_of_pocket_max      NUMERIC(12,2),
    out_of_pocket_remaining NUMERIC(12,2),
    eligibility_status     VARCHAR(10),
    eligibility_checked_at TIMESTAMPTZ,
    version                BIGINT        NOT NULL
);
CREATE INDEX rm_patient_coverage_patient ON rm_patient_coverage (patient_id);
CREATE INDEX rm_patient_coverage_clinic ON rm_patient_coverage (clinic_id);

CREATE TABLE rm_eligibility_check (
    check_id             UUID          PRIMARY KEY,
    coverage_id          UUID          NOT NULL,
    patient_id           UUID          NOT NULL,
    clinic_id            VARCHAR(100)  NOT NULL,
    date_of_service      DATE          NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    plan_begin           DATE,
    plan_end             DATE,
    copay                NUMERIC(12,2),
    coinsurance          NUMERIC(5,4),
    deductible           NUMERIC(12,2),
    deductible_remaining NUMERIC(12,2),
    out_of_pocket_max    NUMERIC(12,2),
    out_of_pocket_remaining NUMERIC(12,2),
    reasons              TEXT,
    checked_at           TIMESTAMPTZ   NOT NULL,
    checked_by           VARCHAR(200)
);
CREATE INDEX rm_eligibility_check_coverage ON rm_eligibility_check (coverage_id, checked_at);

CREATE TABLE rm_duplicate_candidate (
    patient_id    UUID          NOT NULL,
    candidate_id  UUID          NOT NULL,
    clinic_id     VARCHAR(100)  NOT NULL,
    found_at      TIMESTAMPTZ   NOT NULL,
    dismissed_at  TIMESTAMPTZ,
    PRIMARY KEY (patient_id, candidate_id)
);
CREATE INDEX rm_duplicate_candidate_clinic ON rm_duplicate_candidate (clinic_id) WHERE dismissed_at IS NULL;

-- Guarantors who are not patients: their own record under their own data key.
CREATE TABLE rm_guarantor (
    guarantor_id   UUID          PRIMARY KEY,
    clinic_id      VARCHAR(100)  NOT NULL,
    key_id         VARCHAR(36)   NOT NULL,
    given_name     TEXT          NOT NULL,
    family_name    TEXT          NOT NULL,
    date_of_birth  TEXT,
    address        TEXT,
    phone          TEXT,
    email          TEXT,
    registered_at  TIMESTAMPTZ   NOT NULL,
    changed_at     TIMESTAMPTZ,
    version        BIGINT        NOT NULL
);
CREATE INDEX rm_guarantor_clinic ON rm_guarantor (clinic_id);
