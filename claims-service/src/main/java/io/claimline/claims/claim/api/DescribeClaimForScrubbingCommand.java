package io.claimline.claims.claim.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Answers what the scrubber must check now ({@link ClaimToCheck}); changes nothing. */
public record DescribeClaimForScrubbingCommand(@TargetAggregateIdentifier String claimId) {
}
