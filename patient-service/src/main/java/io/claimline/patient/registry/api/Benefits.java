package io.claimline.patient.registry.api;

import java.math.BigDecimal;

/**
 * Benefits on file for a coverage, in dollars (coinsurance as a fraction, 0.20 = 20 %); null when unknown.
 * Entered at the front desk or taken from the payer's 271.
 */
public record Benefits(
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal deductible,
        BigDecimal deductibleRemaining,
        BigDecimal outOfPocketMax,
        BigDecimal outOfPocketRemaining) {

    public static final Benefits UNKNOWN = new Benefits(null, null, null, null, null, null);
}
