-- Issue 10: the guarantor ledger. Read models of the patient-accounts projection, and the ledger-charges policy's
-- own routing (which account an encounter's charges went to, so amendments and voids follow them).
CREATE TABLE ledger_encounter_account (
    encounter_id UUID         PRIMARY KEY,
    clinic_id    VARCHAR(100) NOT NULL,
    account_id   UUID         NOT NULL
);

ALTER TABLE rm_patient_account ADD COLUMN unapplied NUMERIC(19, 2) NOT NULL DEFAULT 0;

-- Every posting, as the ledger lists it (one row per posting; a payment's spread over lines is rm_ledger_applied).
CREATE TABLE rm_ledger_posting (
    posting_id        UUID           PRIMARY KEY,
    account_id        UUID           NOT NULL,
    clinic_id         VARCHAR(100)   NOT NULL,
    sequence          BIGINT         NOT NULL,
    kind              VARCHAR(30)    NOT NULL,
    source            VARCHAR(200)   NOT NULL,
    responsibility    VARCHAR(60)    NOT NULL,
    to_responsibility VARCHAR(60),
    reason            VARCHAR(200),
    method            VARCHAR(10),
    reference         VARCHAR(100),
    card_last_four    CHAR(4),
    received_on       DATE,
    encounter_id      UUID,
    line_id           UUID,
    amount            NUMERIC(19, 2) NOT NULL,
    unapplied         NUMERIC(19, 2),
    posted_by         VARCHAR(200),
    approved_by       VARCHAR(200),
    posted_at         TIMESTAMPTZ    NOT NULL
);
CREATE INDEX rm_ledger_posting_account ON rm_ledger_posting (account_id, sequence);

CREATE TABLE rm_ledger_applied (
    posting_id UUID           NOT NULL,
    line_id    UUID           NOT NULL,
    account_id UUID           NOT NULL,
    clinic_id  VARCHAR(100)   NOT NULL,
    amount     NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (posting_id, line_id)
);

-- Service lines: charged − insurance_paid − patient_paid − adjusted + refunded = Σ rm_ledger_share.amount (N6).
CREATE TABLE rm_ledger_line (
    line_id         UUID           PRIMARY KEY,
    account_id      UUID           NOT NULL,
    clinic_id       VARCHAR(100)   NOT NULL,
    encounter_id    UUID           NOT NULL,
    patient_id      UUID           NOT NULL,
    date_of_service DATE           NOT NULL,
    procedure_code  VARCHAR(10)    NOT NULL,
    modifiers       VARCHAR(20)    NOT NULL,
    billed_to       VARCHAR(60)    NOT NULL,
    charged         NUMERIC(19, 2) NOT NULL,
    insurance_paid  NUMERIC(19, 2) NOT NULL,
    patient_paid    NUMERIC(19, 2) NOT NULL,
    adjusted        NUMERIC(19, 2) NOT NULL,
    refunded        NUMERIC(19, 2) NOT NULL,
    bad_debt        NUMERIC(19, 2) NOT NULL
);
CREATE INDEX rm_ledger_line_account ON rm_ledger_line (account_id, date_of_service);

CREATE TABLE rm_ledger_share (
    line_id        UUID           NOT NULL,
    responsibility VARCHAR(60)    NOT NULL,
    account_id     UUID           NOT NULL,
    clinic_id      VARCHAR(100)   NOT NULL,
    amount         NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (line_id, responsibility)
);
CREATE INDEX rm_ledger_share_account ON rm_ledger_share (account_id);

-- Balances by responsibility: charges − payments − adjustments + refunds + transfers_in − transfers_out = balance.
CREATE TABLE rm_account_balance (
    account_id     UUID           NOT NULL,
    responsibility VARCHAR(60)    NOT NULL,
    clinic_id      VARCHAR(100)   NOT NULL,
    charges        NUMERIC(19, 2) NOT NULL DEFAULT 0,
    payments       NUMERIC(19, 2) NOT NULL DEFAULT 0,
    adjustments    NUMERIC(19, 2) NOT NULL DEFAULT 0,
    refunds        NUMERIC(19, 2) NOT NULL DEFAULT 0,
    transfers_in   NUMERIC(19, 2) NOT NULL DEFAULT 0,
    transfers_out  NUMERIC(19, 2) NOT NULL DEFAULT 0,
    balance        NUMERIC(19, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, responsibility)
);
-- Credit balances (overpayments) for refund review.
CREATE INDEX rm_account_balance_credit ON rm_account_balance (clinic_id) WHERE balance < 0;
