package io.claimline.localstack.reconcile;

/** The reliability invariants the reconciliation checks (docs/runbooks/reconcile.md says what each compares). */
public enum Check {
    /** Every acknowledged registration is in patient-service's event store, once. */
    N1,
    /** Every read model (Axon projection) equals a fresh replay of its events. */
    N3,
    /** Every published integration event is in each consumer's inbox exactly once, and nothing else is. */
    N4,
    /** Per aggregate, events are stored and applied in order. */
    N5,
    /** Lag is zero and the dead letters are exactly the expected poison. */
    N7
}
