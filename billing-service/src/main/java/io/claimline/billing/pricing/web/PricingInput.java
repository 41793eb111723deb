package io.claimline.billing.pricing.web;

import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;

/** Parsers of the pricing requests' text values; each throws {@link IllegalArgumentException} with the rule. */
final class PricingInput {

    /** Far above any one code's price or allowed amount; keeps a typo's extra digits from being stored. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999.99");
    /** A contract pays at most ten times its base (some pay well above 100% of Medicare). */
    static final BigDecimal MAX_PERCENT_OF_BASE = new BigDecimal("1000");
    static final BigDecimal MAX_PERCENT_OF_CHARGE = new BigDecimal("100");

    private PricingInput() {
    }

    static ProcedureCode code(String raw) {
        return ProcedureCode.of(raw);
    }

    /** A US dollar amount: a decimal with at most 2 decimals, above zero. */
    static Money amount(String raw) {
        BigDecimal amount = decimal(raw, "must be an amount in dollars, e.g. 125.00");
        if (amount.scale() > 2) {
            throw new IllegalArgumentException("must have at most 2 decimals");
        }
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("must be above 0 and at most " + MAX_AMOUNT.toPlainString());
        }
        return new Money(amount, Money.USD);
    }

    /** A percentage: above zero, at most {@code max}, at most 4 decimals (87.5 is 87.5 %). */
    static BigDecimal percent(String raw, BigDecimal max) {
        BigDecimal percent = decimal(raw, "must be a percentage, e.g. 80 or 87.5");
        if (percent.scale() > 4) {
            throw new IllegalArgumentException("must have at most 4 decimals");
        }
        if (percent.signum() <= 0 || percent.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be above 0 and at most " + max.toPlainString());
        }
        return percent;
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String raw) {
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static BigDecimal decimal(String raw, String rule) {
        // Plain decimals only: no exponent, no sign but minus (which the range refuses with its own message).
        if (raw.length() > 20 || !raw.strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException(rule);
        }
        return new BigDecimal(raw.strip());
    }
}
