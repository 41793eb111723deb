package io.claimline.claims.submission;

import java.math.BigDecimal;
import java.util.List;

/**
 * A batch cut: its id, payer, interchange control number, file name and SHA-256, the claims it holds, and the ready
 * claims left out because they could not be written (each stays ready; its problem is logged without PHI).
 */
public record BatchCut(String batchId, String payerId, int interchangeControlNumber, String fileName,
        String fileSha256, List<String> claimIds, BigDecimal totalCharge, List<String> leftOut) {
}
