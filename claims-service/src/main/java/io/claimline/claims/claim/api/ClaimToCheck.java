package io.claimline.claims.claim.api;

/**
 * The claim as the scrubber must check it: its content and claim-only fields at {@code checkVersion}; {@code
 * awaitingScrub} false when nothing changed since the last scrub (or the claim is filed).
 */
public record ClaimToCheck(String claimId, String clinicId, String patientControlNumber, ClaimContent content,
        ClaimOnlyFields fields, int checkVersion, boolean awaitingScrub) {
}
