package io.claimline.claims.claim.api;

import java.time.Instant;
import java.util.List;

/** The payer's front end accepted the submission: the claim is filed. */
public record ClaimAcceptedEvent(String claimId, int submission, String patientControlNumber,
        AcknowledgementLevel level, String payerClaimControlNumber, List<AcknowledgementStatus> statuses,
        String acknowledgementFileId, Instant acceptedAt, String acceptedBy) {
}
