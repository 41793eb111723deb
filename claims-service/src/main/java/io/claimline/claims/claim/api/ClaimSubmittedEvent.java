package io.claimline.claims.claim.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The claim was put into an 837 interchange for the clearinghouse: its first submission, or (number ≥ 2) a
 * rejected claim sent again as a new original (frequency 1). The timely-filing deadline keeps running. {@code
 * reason}: for a resubmission, the last correction made since the rejection; null for the first.
 */
public record ClaimSubmittedEvent(String claimId, Submission submission, String payerId, Money totalCharge,
        LocalDate timelyFilingDeadline, String reason, Instant submittedAt, String submittedBy) {

    public boolean resubmission() {
        return submission.number() > 1;
    }
}
