package io.claimline.claims.exchange.inbound;

import java.time.Instant;

/**
 * A file received from the clearinghouse: its name, kind, outcome (APPLIED or REJECTED), the problem with segment
 * position for a rejected one, the interchange it answered and how many claims it decided.
 */
public record InboundFileView(String fileId, String fileName, String kind, String outcome, String problem,
        Integer problemSegmentPosition, String problemSegmentId, Integer interchangeControlNumber, int claimsApplied,
        int sizeBytes, String fileSha256, Instant receivedAt) {
}
