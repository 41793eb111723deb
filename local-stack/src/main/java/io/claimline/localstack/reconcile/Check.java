package io.claimline.localstack.reconcile;

/**
 * What the reconciliation checks (docs/runbooks/reconcile.md says what each compares): the reliability invariants of
 * quality.md (N6: billing's ledger, issue 10; N8, added here: claims, issue 11), and the domain invariants that hold
 * across services' copies (issues 8 and 9).
 */
public enum Check {
    /** Every acknowledged registration is in patient-service's event store, once. */
    N1,
    /** Every read model (Axon projection) equals a fresh replay of its events. */
    N3,
    /** Every published integration event is in each consumer's inbox exactly once, and nothing else is. */
    N4,
    /** Per aggregate, events are stored and applied in order. */
    N5,
    /**
     * Money balances to the cent in billing's ledger: per account and responsibility, charges − payments − adjustments
     * + refunds + transfers in − transfers out = balance; the account's balance is the sum of its responsibilities';
     * per service line, what was charged, paid, adjusted and refunded equals what its responsibilities owe; and per
     * account the charges, payments, adjustments and refunds of the event store equal the read model's.
     */
    N6,
    /** Lag is zero and the dead letters are exactly the expected poison. */
    N7,
    /**
     * Claims are sent once, numbered and as recorded (claims-service): each batch's count, stored 837 file and total
     * agree with its claims and their events; each claim's sendings are 1..n in claim_submission, claim_batch_claim
     * and the event store alike, its read model names sending n and the status its last event set; no patient
     * control number belongs to two claims.
     */
    N8,
    /** Claims' and billing's coverage copies equal patient-service's coverages (payer, priority, dates), both ways. */
    COVERAGES,
    /** Every patient merged in patient-service is redirected in claims, collections and billing, and nothing else. */
    MERGES,
    /** The account billing makes answer for each patient is the guarantor patient-service names. */
    GUARANTORS,
    /**
     * Each encounter's charge is the sum of its lines in billing, and claims holds every confirmed encounter at
     * billing's revision (status, lines, total charge, expected reimbursement), and nothing billing never confirmed.
     */
    ENCOUNTERS
}
