package io.claimline.claims.claim.query;

import java.time.Instant;

/** One transition of a claim: what happened, the status after it, when, by whom and why. */
public record ClaimHistoryEntry(long sequence, String event, String status, Instant at, String by, String reason) {
}
