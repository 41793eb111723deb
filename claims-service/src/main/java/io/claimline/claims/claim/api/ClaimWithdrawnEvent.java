package io.claimline.claims.claim.api;

import java.time.Instant;

/** The encounter was voided before the claim was filed: nothing is billed. */
public record ClaimWithdrawnEvent(String claimId, String reason, Instant withdrawnAt, String withdrawnBy) {
}
