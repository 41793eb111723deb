-- This service's copy of each clinic's practice setup, kept from billing.practice-events.v1: every version, so
-- "as of a date of service" is a query. Upserts by id and effective date keep it idempotent; applied_events counts
-- the events applied per clinic, so a duplicate application would show (it must equal the distinct events received).
-- The columns are the platform's PracticeCopyTable's, which reads and writes them; patient-service keeps an identical
-- migration on purpose: each service owns its schema, so each migrates its own copy.
CREATE TABLE rm_practice (
    clinic_id      VARCHAR(100) PRIMARY KEY,
    last_sequence  BIGINT       NOT NULL,
    applied_events INTEGER      NOT NULL
);

CREATE TABLE rm_practice_clinic_version (
    clinic_id       VARCHAR(100) NOT NULL,
    effective_from  DATE         NOT NULL,
    legal_name      VARCHAR(60)  NOT NULL,
    billing_npi     CHAR(10)     NOT NULL,
    tax_id          CHAR(9)      NOT NULL,
    taxonomy        CHAR(10)     NOT NULL,
    billing_address JSONB        NOT NULL,
    pay_to_address  JSONB,
    PRIMARY KEY (clinic_id, effective_from)
);

-- effective_to: the provider's last day (inclusive), null while open-ended; last_sequence orders its changes.
CREATE TABLE rm_practice_provider (
    provider_id   UUID         PRIMARY KEY,
    clinic_id     VARCHAR(100) NOT NULL,
    effective_to  DATE,
    last_sequence BIGINT       NOT NULL
);
CREATE INDEX rm_practice_provider_clinic ON rm_practice_provider (clinic_id);

CREATE TABLE rm_practice_provider_version (
    provider_id    UUID         NOT NULL,
    effective_from DATE         NOT NULL,
    clinic_id      VARCHAR(100) NOT NULL,
    npi            CHAR(10)     NOT NULL,
    given_name     VARCHAR(35)  NOT NULL,
    family_name    VARCHAR(60)  NOT NULL,
    taxonomy       CHAR(10)     NOT NULL,
    credential     VARCHAR(20),
    PRIMARY KEY (provider_id, effective_from)
);
CREATE INDEX rm_practice_provider_version_clinic ON rm_practice_provider_version (clinic_id);

CREATE TABLE rm_practice_location (
    location_id   UUID         PRIMARY KEY,
    clinic_id     VARCHAR(100) NOT NULL,
    effective_to  DATE,
    last_sequence BIGINT       NOT NULL
);
CREATE INDEX rm_practice_location_clinic ON rm_practice_location (clinic_id);

CREATE TABLE rm_practice_location_version (
    location_id      UUID         NOT NULL,
    effective_from   DATE         NOT NULL,
    clinic_id        VARCHAR(100) NOT NULL,
    name             VARCHAR(60)  NOT NULL,
    address          JSONB        NOT NULL,
    place_of_service CHAR(2)      NOT NULL,
    npi              CHAR(10),
    PRIMARY KEY (location_id, effective_from)
);
CREATE INDEX rm_practice_location_version_clinic ON rm_practice_location_version (clinic_id);
