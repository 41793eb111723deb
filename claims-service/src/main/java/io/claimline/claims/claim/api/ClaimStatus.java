package io.claimline.claims.claim.api;

/**
 * Where a claim stands (domain.md, the claim lifecycle). Adjudication (paid, denied…) comes with remittances.
 */
public enum ClaimStatus {
    /** Drafted from its encounter, waiting for the scrubber. */
    DRAFTED,
    /** The scrubber found edits: someone must correct the claim where the error is. */
    NEEDS_CORRECTION,
    /** Passed the scrubber: goes into the next batch for its payer. */
    READY,
    /** In an 837 interchange sent to the clearinghouse, waiting for its acknowledgements. */
    SUBMITTED,
    /** The payer's front end accepted it (277CA A1/A2): it is filed. */
    ACCEPTED,
    /** Rejected by the clearinghouse or the payer's front end (TA1, 999 or 277CA): not filed, to be corrected. */
    REJECTED,
    /** Its encounter was voided before the claim was ever filed. */
    WITHDRAWN;

    /** Not filed yet, so its content may still follow its encounter. */
    public boolean unfiled() {
        return this == DRAFTED || this == NEEDS_CORRECTION || this == READY || this == REJECTED;
    }
}
