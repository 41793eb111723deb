package io.claimline.claims.claim.api;

import java.time.Instant;

/** The unfiled claim follows its amended encounter to a new revision. */
public record ClaimRedraftedEvent(String claimId, ClaimContent content, String reason, Instant redraftedAt,
        String redraftedBy) {
}
