package io.claimline.billing.estimate.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues a good-faith estimate in the caller's clinic with what it states. */
public record IssueGoodFaithEstimateCommand(@TargetAggregateIdentifier GoodFaithEstimateId estimateId,
        GoodFaithEstimateContent content) {
}
