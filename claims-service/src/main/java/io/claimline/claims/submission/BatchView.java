package io.claimline.claims.submission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A batch as billers and auditors see it: payer, control numbers, file name and SHA-256, claims, who cut it and
 * when, whether and when it was sent (with the last problem if not), and the TA1/999 answers.
 */
public record BatchView(String batchId, String payerId, int interchangeControlNumber, String fileName,
        String fileSha256, int claimCount, BigDecimal totalCharge, String cutBy, Instant cutAt, int sendAttempts,
        String lastSendProblem, Instant sentAt, String interchangeAcknowledgement, String groupAcknowledgement,
        Instant acknowledgedAt, List<String> patientControlNumbers) {
}
