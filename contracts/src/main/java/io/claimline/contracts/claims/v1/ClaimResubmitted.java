package io.claimline.contracts.claims.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code claims.claim-events.v1} type {@code ClaimResubmitted}, version 1: after a rejection, the corrected claim was
 * sent again (submission 2, 3, …) in a new 837P file, possibly under a new patient control number. The control
 * numbers, batch and file are the new sending's, as in {@link ClaimSubmitted}.
 *
 * @param previousPatientControlNumber CLM01 of the sending that was rejected (what earlier acknowledgements echo)
 * @param patientControlNumber CLM01 now (equal to the previous one when it did not change)
 * @param submission which sending this is: 2 or more
 * @param frequencyCode CLM05-3, one digit ({@code 1} when the rejected claim is sent again as an original,
 *     {@code 7} replacement)
 * @param reason the correction made, in words (no copies of claim data), at most 500 characters
 */
public record ClaimResubmitted(
        String claimId,
        String previousPatientControlNumber,
        String patientControlNumber,
        int submission,
        String frequencyCode,
        String payerId,
        String batchId,
        int interchangeControlNumber,
        int groupControlNumber,
        int transactionSetControlNumber,
        String fileSha256,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCharge,
        Instant resubmittedAt,
        String resubmittedBy,
        String reason,
        LocalDate timelyFilingDeadline) implements KeyedPayload {

    public static final String TYPE = "ClaimResubmitted";
    public static final int VERSION = 1;

    public ClaimResubmitted {
        Require.uuid(claimId, "claimId");
        ClaimChecks.patientControlNumber(previousPatientControlNumber, "previousPatientControlNumber");
        ClaimChecks.patientControlNumber(patientControlNumber, "patientControlNumber");
        Require.atLeast(submission, 2, "submission");
        ClaimChecks.frequencyCode(frequencyCode, "frequencyCode");
        Require.uuid(payerId, "payerId");
        Require.uuid(batchId, "batchId");
        ClaimChecks.controlNumber(interchangeControlNumber, "interchangeControlNumber");
        ClaimChecks.controlNumber(groupControlNumber, "groupControlNumber");
        ClaimChecks.controlNumber(transactionSetControlNumber, "transactionSetControlNumber");
        ClaimChecks.sha256(fileSha256, "fileSha256");
        ClaimChecks.amount(totalCharge, "totalCharge");
        Require.present(resubmittedAt, "resubmittedAt");
        Require.text(resubmittedBy, "resubmittedBy", ClaimChecks.MAX_USER);
        Require.text(reason, "reason", ClaimChecks.MAX_REASON);
        Require.present(timelyFilingDeadline, "timelyFilingDeadline");
    }

    @Override
    public String aggregateId() {
        return claimId;
    }
}
