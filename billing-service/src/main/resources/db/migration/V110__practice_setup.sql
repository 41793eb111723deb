-- Read model of the practice-setup projection: every version of a clinic's profile, providers and service
-- locations, so "as of a date" is a query. Keyed by clinic; a version's key is its thing's id and effective date.
CREATE TABLE rm_practice (
    clinic_id  VARCHAR(100) PRIMARY KEY,
    version    BIGINT       NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL
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
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (clinic_id, effective_from)
);

-- effective_to: the provider's last day (inclusive), null while open-ended.
CREATE TABLE rm_practice_provider (
    provider_id         UUID         PRIMARY KEY,
    clinic_id           VARCHAR(100) NOT NULL,
    effective_to        DATE,
    deactivation_reason VARCHAR(200),
    last_sequence       BIGINT       NOT NULL
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
    recorded_at    TIMESTAMPTZ  NOT NULL,
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
    recorded_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (location_id, effective_from)
);
CREATE INDEX rm_practice_location_version_clinic ON rm_practice_location_version (clinic_id);
