package io.claimline.claims.claim.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as billers, clinic systems and auditors read it. The content is the encounter's at {@code
 * encounterRevision} (codes, charges, pointers; line notes stay sealed and are not shown), {@code fields} the
 * claim-only fields (the note only as {@code noteOnFile}), {@code edits} the last scrub's, {@code rejection} the last
 * rejection's acknowledgement, statuses, errors and reason in words. {@code version} is the ETag.
 */
public record ClaimView(String claimId, String encounterId, int encounterRevision, String patientId,
        String coverageId, String payerId, String patientControlNumber, String status, LocalDate serviceFrom,
        LocalDate serviceTo, String billingNpi, String renderingNpi, Money totalCharge, List<String> diagnoses,
        List<Line> lines, Fields fields, JsonNode edits, JsonNode rejection, LocalDate timelyFilingDeadline,
        Long daysToTimelyFilingDeadline, int submission, String batchId, Instant submittedAt,
        boolean acknowledgementOverdue, Instant acknowledgedAt, String payerClaimControlNumber, Instant draftedAt,
        Instant statusChangedAt, long version) {

    /** A service line as the claim bills it. */
    public record Line(int lineNumber, LocalDate serviceDate, String procedureCode, List<String> modifiers,
            int units, List<Integer> diagnosisPointers, Money charge, boolean noteOnFile) {
    }

    /** The claim-only fields. */
    public record Fields(String priorAuthorization, String delayReasonCode, boolean noteOnFile) {
    }
}
