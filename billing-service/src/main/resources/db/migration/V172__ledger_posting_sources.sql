-- Issue 10 (ADR 0024): the sources each account has posted, the write side's own set. Written in the same transaction
-- as the posting's events (subscribing processing group ledger-sources), read by the account before it posts, so
-- the aggregate and its snapshot do not grow with every posting an account ever took.
CREATE TABLE ledger_posting_source (
    account_id UUID           NOT NULL,
    source     VARCHAR(200)   NOT NULL,
    posting_id UUID           NOT NULL,
    amount     NUMERIC(19, 2),
    PRIMARY KEY (account_id, source)
);
