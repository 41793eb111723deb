package io.claimline.claims.claim.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A TA1, 999 or 277CA rejected the submission: the claim is not filed and returns for correction; the
 * timely-filing deadline keeps running.
 */
public record ClaimRejectedEvent(String claimId, int submission, String patientControlNumber,
        AcknowledgementLevel level, List<AcknowledgementStatus> statuses, List<AcknowledgementError> errors,
        String reason, String acknowledgementFileId, LocalDate timelyFilingDeadline, Instant rejectedAt,
        String rejectedBy) {
}
