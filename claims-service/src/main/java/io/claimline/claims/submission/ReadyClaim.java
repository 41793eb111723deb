package io.claimline.claims.submission;

import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.ClaimOnlyFields;

/** A ready claim as a batch takes it: its next sending's number and patient control number, content and fields. */
record ReadyClaim(String claimId, int submission, String patientControlNumber, ClaimContent content,
        ClaimOnlyFields fields) {
}
