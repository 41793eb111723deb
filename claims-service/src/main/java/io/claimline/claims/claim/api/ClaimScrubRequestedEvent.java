package io.claimline.claims.claim.api;

import java.time.Instant;

/** The claim waits for the scrubber again, for the reason given (a correction elsewhere, a biller's request). */
public record ClaimScrubRequestedEvent(String claimId, String reason, Instant requestedAt, String requestedBy) {
}
