package io.claimline.billing.estimate.command;

import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Splits the allowed amounts of a visit's lines between the insurer and the patient, from the coverage's benefits.
 * The order is the one plans apply: the visit's copay first (one copay per visit, taken from the lines in order until
 * it is used up; copays do not count toward the deductible), then the remaining deductible, then coinsurance on
 * what is left of the line; the patient's share of each step is capped by what remains of the out-of-pocket maximum.
 * Coinsurance is the only step that rounds: half-up to the cent, per line. Every other amount is exact, so for every
 * line insurance + patient = allowed to the cent, and the totals are the sums of the lines.
 *
 * <p>A benefit that is not known is not guessed silently: it is replaced by the documented assumption and the
 * assumption is listed with the estimate ({@link Assumption}).
 */
public final class ResponsibilityEstimator {

    /** What a coverage's benefits say, in dollars and a fraction; null when not known. */
    public record Benefits(BigDecimal copay, BigDecimal coinsurance, BigDecimal deductible,
            BigDecimal deductibleRemaining, BigDecimal outOfPocketMax, BigDecimal outOfPocketRemaining) {

        public static Benefits unknown() {
            return new Benefits(null, null, null, null, null, null);
        }
    }

    /** A benefit that was not known (or not usable) and what the estimate took in its place. */
    public enum Assumption {
        COPAY_UNKNOWN("copay unknown: no copay applied"),
        COINSURANCE_UNKNOWN("coinsurance unknown: no coinsurance applied"),
        DEDUCTIBLE_REMAINING_TAKEN_AS_FULL_DEDUCTIBLE(
                "deductible remaining unknown: the full deductible is taken as remaining"),
        DEDUCTIBLE_UNKNOWN("deductible unknown: no deductible applied"),
        OUT_OF_POCKET_REMAINING_TAKEN_AS_MAXIMUM(
                "out-of-pocket remaining unknown: the full out-of-pocket maximum is taken as remaining"),
        OUT_OF_POCKET_UNKNOWN("out-of-pocket maximum unknown: the patient's share is not capped"),
        NO_CONTRACT_PRICE("no contract price for a line: its charge is taken as the allowed amount");

        private final String text;

        Assumption(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** One line's split. {@code patient = copay + deductible + coinsurance}; {@code insurance = allowed - patient}. */
    public record LineSplit(Money allowed, Money copay, Money deductible, Money coinsurance, Money patient,
            Money insurance) {
    }

    /** The whole visit: the lines in the order given, their totals, and what was assumed. */
    public record Split(List<LineSplit> lines, Money allowed, Money copay, Money deductible, Money coinsurance,
            Money patient, Money insurance, List<Assumption> assumptions) {
    }

    private ResponsibilityEstimator() {
    }

    /**
     * Splits the lines' allowed amounts (at least one, all in one currency, none negative). {@code assumed} holds
     * assumptions the caller already made (such as {@link Assumption#NO_CONTRACT_PRICE}); they are kept in front.
     */
    public static Split split(List<Money> allowedAmounts, Benefits benefits, List<Assumption> assumed) {
        Objects.requireNonNull(benefits, "benefits");
        if (allowedAmounts == null || allowedAmounts.isEmpty()) {
            throw new IllegalArgumentException("an estimate needs at least one line");
        }
        Currency currency = allowedAmounts.get(0).currency();
        List<Assumption> assumptions = new ArrayList<>(assumed);
        BigDecimal copayLeft = usable(benefits.copay(), assumptions, Assumption.COPAY_UNKNOWN);
        BigDecimal coinsurance = coinsurance(benefits.coinsurance(), assumptions);
        BigDecimal deductibleLeft = remaining(benefits.deductibleRemaining(), benefits.deductible(), assumptions,
                Assumption.DEDUCTIBLE_REMAINING_TAKEN_AS_FULL_DEDUCTIBLE, Assumption.DEDUCTIBLE_UNKNOWN);
        BigDecimal outOfPocketLeft = remaining(benefits.outOfPocketRemaining(), benefits.outOfPocketMax(),
                assumptions, Assumption.OUT_OF_POCKET_REMAINING_TAKEN_AS_MAXIMUM, Assumption.OUT_OF_POCKET_UNKNOWN);
        boolean capped = outOfPocketLeft != null;
        // Benefits are dollars and cents; a finer value (not expected from a payer) is taken to the cent, half-up.
        int scale = currency.getDefaultFractionDigits();
        copayLeft = copayLeft == null ? BigDecimal.ZERO : copayLeft.setScale(scale, RoundingMode.HALF_UP);
        deductibleLeft = deductibleLeft == null ? BigDecimal.ZERO
                : deductibleLeft.setScale(scale, RoundingMode.HALF_UP);
        outOfPocketLeft = outOfPocketLeft == null ? null : outOfPocketLeft.setScale(scale, RoundingMode.HALF_UP);

        List<LineSplit> lines = new ArrayList<>();
        Money zero = Money.zero(currency);
        Money totalAllowed = zero;
        Money totalCopay = zero;
        Money totalDeductible = zero;
        Money totalCoinsurance = zero;
        for (Money allowed : allowedAmounts) {
            if (!allowed.currency().equals(currency)) {
                throw new IllegalArgumentException("all lines of an estimate are in one currency");
            }
            if (allowed.amount().signum() < 0) {
                throw new IllegalArgumentException("an allowed amount is never negative");
            }
            BigDecimal copay = min(copayLeft, allowed.amount(), outOfPocketLeft);
            copayLeft = copayLeft.subtract(copay);
            outOfPocketLeft = spend(outOfPocketLeft, copay);

            BigDecimal afterCopay = allowed.amount().subtract(copay);
            BigDecimal deductible = min(deductibleLeft, afterCopay, outOfPocketLeft);
            deductibleLeft = deductibleLeft.subtract(deductible);
            outOfPocketLeft = spend(outOfPocketLeft, deductible);

            BigDecimal rest = afterCopay.subtract(deductible);
            BigDecimal share = rest.multiply(coinsurance).setScale(scale, RoundingMode.HALF_UP);
            BigDecimal coins = capped ? share.min(outOfPocketLeft) : share;
            outOfPocketLeft = spend(outOfPocketLeft, coins);

            Money patient = new Money(copay.add(deductible).add(coins), currency);
            LineSplit line = new LineSplit(allowed, new Money(copay, currency), new Money(deductible, currency),
                    new Money(coins, currency), patient, allowed.minus(patient));
            lines.add(line);
            totalAllowed = totalAllowed.plus(allowed);
            totalCopay = totalCopay.plus(line.copay());
            totalDeductible = totalDeductible.plus(line.deductible());
            totalCoinsurance = totalCoinsurance.plus(line.coinsurance());
        }
        Money totalPatient = totalCopay.plus(totalDeductible).plus(totalCoinsurance);
        return new Split(List.copyOf(lines), totalAllowed, totalCopay, totalDeductible, totalCoinsurance,
                totalPatient, totalAllowed.minus(totalPatient), List.copyOf(assumptions));
    }

    /** A dollar benefit: unknown or negative (not usable) is null, with the assumption recorded. */
    private static BigDecimal usable(BigDecimal value, List<Assumption> assumptions, Assumption ifUnknown) {
        if (value == null || value.signum() < 0) {
            assumptions.add(ifUnknown);
            return null;
        }
        return value;
    }

    private static BigDecimal coinsurance(BigDecimal value, List<Assumption> assumptions) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            assumptions.add(Assumption.COINSURANCE_UNKNOWN);
            return BigDecimal.ZERO;
        }
        return value;
    }

    /**
     * What remains of a deductible or an out-of-pocket maximum: the remaining amount when known; else the full
     * amount (nothing met yet: the estimate never promises the patient less than they may owe); else unknown.
     * A remaining amount above the full one is taken as the full one.
     */
    private static BigDecimal remaining(BigDecimal remaining, BigDecimal full, List<Assumption> assumptions,
            Assumption takenAsFull, Assumption unknown) {
        boolean fullKnown = full != null && full.signum() >= 0;
        if (remaining != null && remaining.signum() >= 0) {
            return fullKnown ? remaining.min(full) : remaining;
        }
        if (fullKnown) {
            assumptions.add(takenAsFull);
            return full;
        }
        assumptions.add(unknown);
        return null;
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b, BigDecimal capOrNull) {
        BigDecimal least = a.min(b);
        return capOrNull == null ? least : least.min(capOrNull);
    }

    private static BigDecimal spend(BigDecimal outOfPocketLeft, BigDecimal amount) {
        return outOfPocketLeft == null ? null : outOfPocketLeft.subtract(amount);
    }
}
