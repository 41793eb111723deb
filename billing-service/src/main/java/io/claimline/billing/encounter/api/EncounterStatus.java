package io.claimline.billing.encounter.api;

/** Where an encounter stands: only a confirmed one is billable. */
public enum EncounterStatus {
    /** Recorded; waiting for its rendering provider to confirm or amend it. */
    PENDING_PROVIDER_REVIEW,
    /** Confirmed by its rendering provider (or a manager on their behalf): billable. */
    CONFIRMED,
    /** Voided: nothing of it may be billed. */
    VOIDED
}
