package io.claimline.billing.account.api;

/** Why an account stopped answering for a patient. */
public enum ResponsibilityEndReason {
    /** Another guarantor became responsible. */
    REASSIGNED,
    /** The patient was a duplicate and was merged into the surviving patient. */
    MERGED
}
