package io.claimline.x12.ack;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The counts and amounts a 277CA may give for a batch (2200B: QTY*90/AA, AMT*YU/YY) or a billing provider (2200C:
 * QTY*QA/QC, AMT*YU/YY). All situational.
 *
 * @param acceptedQuantity claims accepted
 * @param rejectedQuantity claims rejected
 * @param acceptedAmount   total charges of the claims accepted
 * @param rejectedAmount   total charges of the claims rejected
 */
public record StatusTotals(Optional<Integer> acceptedQuantity, Optional<Integer> rejectedQuantity,
        Optional<BigDecimal> acceptedAmount, Optional<BigDecimal> rejectedAmount) {

    public static final StatusTotals NONE = new StatusTotals(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public StatusTotals {
        quantity("totals.acceptedQuantity", acceptedQuantity);
        quantity("totals.rejectedQuantity", rejectedQuantity);
        acceptedAmount = ReportChecks.amount("totals.acceptedAmount", acceptedAmount);
        rejectedAmount = ReportChecks.amount("totals.rejectedAmount", rejectedAmount);
    }

    private static void quantity(String field, Optional<Integer> value) {
        ReportChecks.optional(field, value).ifPresent(v -> {
            if (v < 0) {
                throw new IllegalArgumentException(field + " must not be negative");
            }
        });
    }
}
