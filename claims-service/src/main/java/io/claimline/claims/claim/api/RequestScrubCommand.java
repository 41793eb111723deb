package io.claimline.claims.claim.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Scrub an unfiled claim again, because something it is built from was corrected elsewhere (the patient's
 * demographics or coverage, the practice) or because a biller asks.
 */
public record RequestScrubCommand(@TargetAggregateIdentifier String claimId, String reason) {
}
