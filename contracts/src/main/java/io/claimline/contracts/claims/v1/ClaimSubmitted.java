package io.claimline.contracts.claims.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code claims.claim-events.v1} type {@code ClaimSubmitted}, version 1: the claim left for {@code payerId} in an 837P
 * file (batch {@code batchId}), under the X12 control numbers a TA1, 999 or 277CA will answer to. A correction sent
 * after a rejection is {@link ClaimResubmitted}, not this.
 *
 * @param submission which sending of the claim this is: 1 for the first
 * @param frequencyCode CLM05-3, one digit: {@code 1} original
 * @param batchId the outbound 837P batch (one file) the claim went in
 * @param interchangeControlNumber ISA13 of the file, 1 to 999999999
 * @param groupControlNumber GS06, 1 to 999999999
 * @param transactionSetControlNumber ST02, 1 to 999999999
 * @param fileSha256 SHA-256 of the file as sent, 64 lower-case hex digits (what the clearinghouse received)
 * @param totalCharge CLM02 as sent
 * @param submittedBy the user who submitted (or {@code system} for a scheduled batch)
 * @param timelyFilingDeadline the last day the payer accepts the claim, by its timely filing limit
 */
public record ClaimSubmitted(
        String claimId,
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
        Instant submittedAt,
        String submittedBy,
        LocalDate timelyFilingDeadline) implements KeyedPayload {

    public static final String TYPE = "ClaimSubmitted";
    public static final int VERSION = 1;

    public ClaimSubmitted {
        Require.uuid(claimId, "claimId");
        ClaimChecks.patientControlNumber(patientControlNumber, "patientControlNumber");
        Require.atLeast(submission, 1, "submission");
        ClaimChecks.frequencyCode(frequencyCode, "frequencyCode");
        Require.uuid(payerId, "payerId");
        Require.uuid(batchId, "batchId");
        ClaimChecks.controlNumber(interchangeControlNumber, "interchangeControlNumber");
        ClaimChecks.controlNumber(groupControlNumber, "groupControlNumber");
        ClaimChecks.controlNumber(transactionSetControlNumber, "transactionSetControlNumber");
        ClaimChecks.sha256(fileSha256, "fileSha256");
        ClaimChecks.amount(totalCharge, "totalCharge");
        Require.present(submittedAt, "submittedAt");
        Require.text(submittedBy, "submittedBy", ClaimChecks.MAX_USER);
        Require.present(timelyFilingDeadline, "timelyFilingDeadline");
    }

    @Override
    public String aggregateId() {
        return claimId;
    }
}
