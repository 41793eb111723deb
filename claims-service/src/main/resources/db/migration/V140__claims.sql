-- Claims (issue 11): the claim of each encounter, the claims read model and its history, batches and their 837
-- interchanges, what was sent and what came back from the clearinghouse.

-- Patient control numbers (CLM01): CL + ten digits, unique in the service; resendings add R1, R2...
CREATE SEQUENCE claim_number_seq MINVALUE 1 MAXVALUE 9999999999 NO CYCLE;

-- ISA13 = GS06 = ST02 of every interchange this service writes: unique for years (trading partners detect
-- duplicates by it). Never reused: the sequence does not cycle.
CREATE SEQUENCE claim_interchange_control_number_seq MINVALUE 1 MAXVALUE 999999999 NO CYCLE;

-- Which claim bills which encounter, written in the inbox transaction that drafts it (one claim per encounter).
CREATE TABLE claim_of_encounter (
    encounter_id uuid PRIMARY KEY,
    clinic_id text NOT NULL,
    claim_id uuid NOT NULL UNIQUE,
    patient_control_number text NOT NULL UNIQUE
);

-- The claims read model (projection "claims"): one row per claim, with its work-queue columns.
CREATE TABLE rm_claim (
    claim_id uuid PRIMARY KEY,
    clinic_id text NOT NULL,
    encounter_id uuid NOT NULL,
    encounter_revision integer NOT NULL,
    patient_id uuid NOT NULL,
    coverage_id uuid,
    payer_id uuid,
    base_patient_control_number text NOT NULL,
    patient_control_number text NOT NULL,
    status text NOT NULL,
    service_from date,
    service_to date,
    billing_npi text,
    rendering_npi text,
    line_count integer NOT NULL,
    total_charge numeric(12, 2),
    content jsonb NOT NULL,
    fields jsonb,
    edits jsonb NOT NULL DEFAULT '[]',
    rejection jsonb,
    timely_filing_deadline date,
    timely_filing_warned boolean NOT NULL DEFAULT false,
    submission integer NOT NULL DEFAULT 0,
    batch_id uuid,
    submitted_at timestamptz,
    acknowledgement_overdue boolean NOT NULL DEFAULT false,
    acknowledged_at timestamptz,
    payer_claim_control_number text,
    drafted_at timestamptz NOT NULL,
    status_changed_at timestamptz NOT NULL,
    last_sequence bigint NOT NULL
);
CREATE INDEX rm_claim_queue ON rm_claim (clinic_id, status, status_changed_at);
CREATE INDEX rm_claim_deadline ON rm_claim (clinic_id, timely_filing_deadline) WHERE timely_filing_warned;
CREATE INDEX rm_claim_patient ON rm_claim (clinic_id, patient_id);
CREATE INDEX rm_claim_duplicate ON rm_claim (clinic_id, patient_id, service_from);

-- Every transition of every claim: who, when, why (projection "claims").
CREATE TABLE rm_claim_history (
    claim_id uuid NOT NULL,
    sequence bigint NOT NULL,
    clinic_id text NOT NULL,
    event text NOT NULL,
    status text NOT NULL,
    at timestamptz NOT NULL,
    by_user text NOT NULL,
    reason text,
    PRIMARY KEY (claim_id, sequence)
);

-- The patient control number of every sending, so a 277CA's TRN*2 names exactly one sending of one claim.
CREATE TABLE claim_submission (
    patient_control_number text PRIMARY KEY,
    claim_id uuid NOT NULL,
    clinic_id text NOT NULL,
    submission integer NOT NULL,
    batch_id uuid NOT NULL,
    UNIQUE (claim_id, submission)
);

-- A batch: the ready claims of one clinic for one payer, written into one 837P interchange, stored encrypted
-- (platform documents) and sent to the clearinghouse exactly once (sent_at is set after the transport confirmed).
CREATE TABLE claim_batch (
    batch_id uuid PRIMARY KEY,
    clinic_id text NOT NULL,
    payer_id uuid NOT NULL,
    receiver_id text NOT NULL,
    interchange_control_number integer NOT NULL UNIQUE,
    group_control_number integer NOT NULL,
    transaction_set_control_number integer NOT NULL,
    file_name text NOT NULL UNIQUE,
    file_sha256 text NOT NULL,
    claim_count integer NOT NULL,
    total_charge numeric(14, 2) NOT NULL,
    cut_by text NOT NULL,
    cut_at timestamptz NOT NULL,
    send_attempts integer NOT NULL DEFAULT 0,
    last_send_problem text,
    sent_at timestamptz,
    interchange_acknowledgement text,
    group_acknowledgement text,
    acknowledged_at timestamptz
);
CREATE INDEX claim_batch_unsent ON claim_batch (cut_at) WHERE sent_at IS NULL;
CREATE INDEX claim_batch_clinic ON claim_batch (clinic_id, cut_at);

CREATE TABLE claim_batch_claim (
    batch_id uuid NOT NULL REFERENCES claim_batch,
    claim_id uuid NOT NULL,
    submission integer NOT NULL,
    patient_control_number text NOT NULL,
    PRIMARY KEY (batch_id, claim_id)
);

-- Every file received from the clearinghouse, once by name: stored encrypted (acknowledgements name patients), with
-- what it was and what came of it. A rejected file applied nothing; its problem says where and why.
CREATE TABLE clearinghouse_inbound_file (
    file_id uuid PRIMARY KEY,
    file_name text NOT NULL UNIQUE,
    clinic_id text,
    -- The document store's owner of the stored bytes: the clinic, or 'clearinghouse' when the file names none.
    stored_under text NOT NULL,
    kind text NOT NULL,
    file_sha256 text NOT NULL,
    size_bytes integer NOT NULL,
    outcome text NOT NULL,
    problem text,
    problem_segment_position integer,
    problem_segment_id text,
    interchange_control_number integer,
    claims_applied integer NOT NULL DEFAULT 0,
    received_at timestamptz NOT NULL
);
CREATE INDEX clearinghouse_inbound_received ON clearinghouse_inbound_file (received_at);
