package io.claimline.x12.eligibility;

/**
 * One AAA segment: the payer (or clearinghouse) could not answer, and why.
 *
 * @param loop               where it was reported: 2000A/2100A (payer level), 2100B (provider), 2100C/2110C
 *                           (subscriber), 2100D/2110D (dependent)
 * @param reasonCode         AAA03, e.g. 75 subscriber/insured not found
 * @param followUpActionCode AAA04, e.g. C please correct and resubmit
 * @param description        plain English for the reason code
 */
public record Rejection(String loop, String reasonCode, String followUpActionCode, String description) {

    /** Plain English for the follow-up action code. */
    public String followUpDescription() {
        return RejectReasons.followUp(followUpActionCode);
    }
}
