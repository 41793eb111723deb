package io.claimline.billing.estimate.api;

import io.claimline.platform.kernel.Money;

/** What comparing a bill with its estimate answered. */
public record BillComparison(String estimateId, String encounterId, Money estimatedTotal, Money billedTotal,
        Money excess, boolean flagged, long version) {
}
