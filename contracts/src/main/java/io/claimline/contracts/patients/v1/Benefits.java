package io.claimline.contracts.patients.v1;

import java.math.BigDecimal;

/** Benefits on file, in dollars (coinsurance as a fraction: 0.20 = 20 %); null when unknown. */
public record Benefits(
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal deductible,
        BigDecimal deductibleRemaining,
        BigDecimal outOfPocketMax,
        BigDecimal outOfPocketRemaining) {
}
