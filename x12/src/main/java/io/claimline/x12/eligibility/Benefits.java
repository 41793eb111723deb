package io.claimline.x12.eligibility;

import java.math.BigDecimal;

/**
 * The patient's cost-sharing as the payer states it; each value is null when the response does not give it.
 * Amounts are dollars with two decimals; coinsurance is the patient's share as a fraction (0.20 = 20 %).
 *
 * @param copay                EB*B, EB07
 * @param coinsurance          EB*A, EB08
 * @param deductible           EB*C with time period 23 (calendar year), EB07
 * @param deductibleRemaining  EB*C with time period 29 (remaining), EB07
 * @param outOfPocket          EB*G with time period 23, EB07
 * @param outOfPocketRemaining EB*G with time period 29, EB07
 */
public record Benefits(
        BigDecimal copay,
        BigDecimal coinsurance,
        BigDecimal deductible,
        BigDecimal deductibleRemaining,
        BigDecimal outOfPocket,
        BigDecimal outOfPocketRemaining) {

    public static final Benefits NONE = new Benefits(null, null, null, null, null, null);
}
