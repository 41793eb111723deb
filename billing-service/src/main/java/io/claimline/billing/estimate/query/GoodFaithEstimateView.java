package io.claimline.billing.estimate.query;

import io.claimline.billing.estimate.api.GoodFaithEstimateContent;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A good-faith estimate as issued (its content names the patient by id only) and, once the final bill was compared
 * with it, the comparison. {@code version} is the estimate's, for read-your-writes.
 */
public record GoodFaithEstimateView(
        @Schema(example = "5b1f0c7e-3a2d-4e9f-8c1b-7d6e5f4a3b2c") String estimateId,
        Instant issuedAt,
        GoodFaithEstimateContent content,
        Comparison comparison,
        long version) {

    /** The final bill of {@code encounterId}: {@code flagged} when it is $400 or more over the estimate. */
    public record Comparison(String encounterId, Money billedTotal, Money excess, boolean flagged,
            Instant comparedAt) {
    }
}
