package io.claimline.claims.claim.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing voided the encounter: a claim never filed is withdrawn. */
public record WithdrawClaimCommand(@TargetAggregateIdentifier String claimId, String reason) {
}
