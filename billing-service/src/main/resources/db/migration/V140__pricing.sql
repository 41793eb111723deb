-- Read model of the pricing projection: every version of each clinic's chargemaster prices and of its payer
-- contracts, so "as of a date of service" is a query. Keyed by clinic. The aggregate id columns name the event
-- stream each row comes from (for the read-model reconciliation).
CREATE TABLE rm_chargemaster (
    clinic_id       VARCHAR(100) PRIMARY KEY,
    chargemaster_id VARCHAR(120) NOT NULL,
    version         BIGINT       NOT NULL,
    changed_at      TIMESTAMPTZ  NOT NULL
);

-- One row per code and first day of a version; unit_price null: the code is not priced from that day (its price
-- ended the day before).
CREATE TABLE rm_chargemaster_price (
    clinic_id       VARCHAR(100)  NOT NULL,
    code            VARCHAR(5)    NOT NULL,
    effective_from  DATE          NOT NULL,
    chargemaster_id VARCHAR(120)  NOT NULL,
    unit_price      NUMERIC(11,2),
    recorded_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (clinic_id, code, effective_from)
);

CREATE TABLE rm_payer_contract (
    contract_id VARCHAR(200) PRIMARY KEY,
    clinic_id   VARCHAR(100) NOT NULL,
    payer_id    UUID         NOT NULL,
    version     BIGINT       NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (clinic_id, payer_id)
);

-- One row per first day of a version of the terms; terms null: the contract is not in force from that day.
CREATE TABLE rm_payer_contract_version (
    clinic_id      VARCHAR(100) NOT NULL,
    payer_id       UUID         NOT NULL,
    effective_from DATE         NOT NULL,
    contract_id    VARCHAR(200) NOT NULL,
    terms          JSONB,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (clinic_id, payer_id, effective_from)
);
