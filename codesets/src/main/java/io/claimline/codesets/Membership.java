package io.claimline.codesets;

/** The answer to "may this code be billed for a service on this date?" once its format is right. */
public enum Membership {
    /** In the loaded code set, billable, and effective on the date of service. */
    VALID,
    /** In the loaded code set, but not effective on the date of service (not yet added, or terminated by then). */
    NOT_VALID_ON_DATE,
    /** In the loaded code set as a category header (ICD-10-CM): a more specific code must be billed. */
    NOT_BILLABLE,
    /** Not in the loaded code set at all, or not even of the right format. */
    UNKNOWN,
    /** No file of this kind is loaded, so only the format was checked. */
    NOT_LOADED;

    /** Whether a claim may carry the code: valid, or not checkable beyond its format. */
    public boolean isAcceptable() {
        return this == VALID || this == NOT_LOADED;
    }
}
