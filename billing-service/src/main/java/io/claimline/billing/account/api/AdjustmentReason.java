package io.claimline.billing.account.api;

/**
 * Why a balance was adjusted. Every reason lowers the balance except {@link #BAD_DEBT_RECOVERY}, which puts back
 * what a bad-debt write-off took off when money is recovered after all (the recovery's payment is posted beside it).
 */
public enum AdjustmentReason {
    /** The payer's contract allows less than the charge (CARC group CO): never billed to the patient. */
    CONTRACTUAL,
    COURTESY,
    /** Financial assistance or a sliding-scale discount under the clinic's policy. */
    FINANCIAL_ASSISTANCE,
    SMALL_BALANCE,
    BAD_DEBT,
    BAD_DEBT_RECOVERY,
    /** A discount agreed to settle a balance (collections). */
    SETTLEMENT_DISCOUNT;

    /** +1 when the adjustment lowers the balance, −1 when it raises it. */
    public int sign() {
        return this == BAD_DEBT_RECOVERY ? -1 : 1;
    }
}
