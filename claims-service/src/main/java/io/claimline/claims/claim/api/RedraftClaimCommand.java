package io.claimline.claims.claim.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing amended the encounter: a claim not filed yet follows it to the new revision, and is scrubbed again. */
public record RedraftClaimCommand(@TargetAggregateIdentifier String claimId, ClaimContent content, String reason) {
}
