package io.claimline.claims.claim.query;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim in a work queue. {@code problem}: the first scrubber edit (field and fix) or the rejection in words;
 * {@code daysToTimelyFilingDeadline} counts from today in the clinic's zone, negative once passed, null without a
 * deadline.
 */
public record ClaimSummary(String claimId, String patientControlNumber, String status, String patientId,
        String payerId, LocalDate serviceFrom, Money totalCharge, int lineCount, String problem,
        LocalDate timelyFilingDeadline, Long daysToTimelyFilingDeadline, int submission, Instant submittedAt,
        Instant statusChangedAt) {
}
