package io.claimline.billing.account.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient's coverage as billing keeps it for estimates. Benefits in dollars, coinsurance as a fraction (0.20 =
 * 20 %), null when unknown; {@code eligibility} the payer's last answer, null before any check.
 */
public record CoverageCopy(
        @Schema(example = "7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d") String coverageId,
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        @Schema(example = "2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e") String payerId,
        @Schema(example = "GOLD PPO") String planName,
        @Schema(example = "PRIMARY") String priority,
        LocalDate effectiveDate,
        LocalDate terminationDate,
        boolean ended,
        Benefits benefits,
        Eligibility eligibility,
        long lastSequence) {

    public record Benefits(BigDecimal copay, BigDecimal coinsurance, BigDecimal deductible,
            BigDecimal deductibleRemaining, BigDecimal outOfPocketMax, BigDecimal outOfPocketRemaining) {
    }

    public record Eligibility(@Schema(example = "ACTIVE") String status, LocalDate dateOfService,
            LocalDate planBegin, LocalDate planEnd, Instant checkedAt) {
    }
}
