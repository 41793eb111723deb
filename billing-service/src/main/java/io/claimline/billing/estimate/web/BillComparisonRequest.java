package io.claimline.billing.estimate.web;

import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The final bill to compare with a good-faith estimate: the encounter billed and its billed total in dollars. */
public record BillComparisonRequest(
        @Schema(example = "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b") String encounterId,
        @Schema(example = "1650.00") BigDecimal billedTotal) {

    record Parsed(String encounterId, Money billedTotal) {
    }

    Parsed parse() {
        Fields fields = new Fields();
        String encounter = fields.required("encounterId", encounterId, raw -> {
            if (raw.length() > 100 || !raw.matches("[A-Za-z0-9._:-]+")) {
                throw new IllegalArgumentException("must be an encounter id (letters, digits, . _ : -)");
            }
            return raw;
        });
        Money billed = billedTotal == null ? null : fields.value("billedTotal", () -> {
            if (billedTotal.signum() < 0) {
                throw new IllegalArgumentException("must not be negative");
            }
            try {
                return new Money(billedTotal, Money.USD);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be dollars with at most 2 decimals");
            }
        });
        fields.check("billedTotal", billedTotal != null, "is required");
        fields.throwIfInvalid();
        return new Parsed(encounter, billed);
    }
}
