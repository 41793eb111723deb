package io.claimline.claims.claim.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A biller edits what only the claim holds, with a reason; the claim is scrubbed again. */
public record EditClaimFieldsCommand(@TargetAggregateIdentifier String claimId, ClaimOnlyFields fields,
        String reason) {
}
