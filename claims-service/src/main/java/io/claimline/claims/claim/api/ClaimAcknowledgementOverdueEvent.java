package io.claimline.claims.claim.api;

import java.time.Instant;

/** No claim acknowledgement came for the submission in due time (a persistent deadline fired). */
public record ClaimAcknowledgementOverdueEvent(String claimId, int submission, Instant at) {
}
