package io.claimline.billing.estimate.web;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an insured patient is expected to pay for the planned lines, and what insurance is expected to pay: per line
 * and in total, {@code insurance + patient = allowed} exactly. {@code benefits} are the ones used (null: unknown),
 * {@code assumptions} say what was taken for what was not known. Computed on request, not stored.
 */
public record ResponsibilityEstimate(
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        @Schema(example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d") String coverageId,
        @Schema(example = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e") String payerId,
        @Schema(example = "GOLD PPO") String planName,
        LocalDate dateOfService,
        Benefits benefits,
        List<Line> lines,
        Totals totals,
        @Schema(example = "[\"copay unknown: no copay applied\"]") List<String> assumptions) {

    public record Benefits(BigDecimal copay, BigDecimal coinsurance, BigDecimal deductible,
            BigDecimal deductibleRemaining, BigDecimal outOfPocketMax, BigDecimal outOfPocketRemaining) {
    }

    /** {@code contractPriced}: the allowed amount is the contract's; otherwise the charge is taken for it. */
    public record Line(String procedureCode, List<String> modifiers, int units, Money charge, Money allowed,
            boolean contractPriced, Money copay, Money deductible, Money coinsurance, Money patient,
            Money insurance) {
    }

    public record Totals(Money charge, Money allowed, Money copay, Money deductible, Money coinsurance, Money patient,
            Money insurance) {
    }
}
