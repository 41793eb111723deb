package io.claimline.claims.claim.api;

import java.time.Instant;
import java.time.LocalDate;

/** The claim is not filed yet and its timely-filing deadline is near (a persistent deadline fired). */
public record ClaimTimelyFilingApproachingEvent(String claimId, LocalDate timelyFilingDeadline, Instant at) {
}
