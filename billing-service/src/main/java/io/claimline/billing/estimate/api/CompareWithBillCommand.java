package io.claimline.billing.estimate.api;

import io.claimline.platform.kernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the final bill of the encounter the estimate was for (its billed total) and whether it is at least
 * $400 over the estimate, which gives the patient the right to dispute it (45 CFR 149.620). Sent when a self-pay
 * encounter is confirmed, and again if it is amended; answers the comparison.
 */
public record CompareWithBillCommand(@TargetAggregateIdentifier GoodFaithEstimateId estimateId, String encounterId,
        Money billedTotal) {
}
