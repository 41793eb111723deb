package io.claimline.simulator.clearinghouse;

/**
 * What a claim rule answers ({@code outcome} of {@code claimline.simulator.clearinghouse.claim-rules}; Spring reads
 * {@code reject-claim} as {@link #REJECT_CLAIM}).
 */
public enum ClaimOutcome {
    /** 999 accepted, 277CA STC A1:20 with a payer claim control number (REF*1K). */
    ACCEPT,
    /** The whole interchange is refused with a TA1 (ISA17 R); no 999, no 277CA. */
    REJECT_INTERCHANGE,
    /** The claim's transaction set is refused by the 999 (IK3/IK4 from the rule); no 277CA for that set. */
    REJECT_TRANSACTION_SET,
    /** 999 accepted, the claim alone rejected by the 277CA (STC category:status:entity from the rule). */
    REJECT_CLAIM
}
