package io.claimline.billing.account.api;

/** Why a part of a line's balance moved from one responsibility to another. */
public enum TransferReason {
    /** The plan's copay, the patient's at the visit (from the coverage's benefits). */
    COPAY,
    /** The payer adjudicated and left the rest to the patient (deductible, coinsurance, non-covered). */
    PATIENT_RESPONSIBILITY,
    /** The primary payer is done; the secondary is billed for what remains. */
    SECONDARY,
    /** A biller's correction of who owes a line. */
    CORRECTION
}
