-- Issue 10: statement history (read model of the patient-accounts projection) and the statements processor's own
-- record of each statement's documents and delivery (written once per statement, never by a replay).
CREATE TABLE rm_statement (
    statement_id       UUID           PRIMARY KEY,
    account_id         UUID           NOT NULL,
    clinic_id          VARCHAR(100)   NOT NULL,
    statement_number   VARCHAR(20)    NOT NULL,
    issued_on          DATE           NOT NULL,
    due_date           DATE           NOT NULL,
    line_count         INT            NOT NULL,
    awaiting_insurance NUMERIC(19, 2) NOT NULL,
    patient_due        NUMERIC(19, 2) NOT NULL,
    unapplied_credit   NUMERIC(19, 2) NOT NULL,
    amount_due         NUMERIC(19, 2) NOT NULL,
    on_demand          BOOLEAN        NOT NULL,
    issued_at          TIMESTAMPTZ    NOT NULL
);
CREATE INDEX rm_statement_account ON rm_statement (account_id, issued_on);

CREATE TABLE statement_document (
    statement_id   UUID         PRIMARY KEY,
    clinic_id      VARCHAR(100) NOT NULL,
    account_id     UUID         NOT NULL,
    pdf_sha256     CHAR(64)     NOT NULL,
    json_sha256    CHAR(64)     NOT NULL,
    rendered_at    TIMESTAMPTZ  NOT NULL,
    channel        VARCHAR(10),
    destination    VARCHAR(200),
    delivered_at   TIMESTAMPTZ
);

-- The holder patient's sealed address and e-mail (for statements to patients who are their own guarantor).
ALTER TABLE estimate_patient_seal ADD COLUMN address TEXT, ADD COLUMN email TEXT;
