package io.claimline.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.billing.pricing.api.ContractTerms;
import io.claimline.billing.pricing.api.ContractTerms.Base;
import io.claimline.billing.pricing.api.ContractTerms.CarveOut;
import io.claimline.billing.pricing.api.ContractTerms.CarveOutKind;
import io.claimline.billing.pricing.api.ContractTerms.Method;
import io.claimline.billing.pricing.api.ContractTerms.ScheduleAmount;
import io.claimline.billing.pricing.query.ContractPricing;
import io.claimline.billing.pricing.query.LineToPrice;
import io.claimline.billing.pricing.query.Reimbursement;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The charge, contract and expected-reimbursement arithmetic, exact to the cent for any codes, units, amounts and
 * percentages: each result is compared with an independent computation in whole cents and whole ten-thousandths
 * of a percent (integer arithmetic, half-up by adding half the divisor), and the invariants are checked: the
 * expected reimbursement is never above the charge nor the allowed amount, and a set of lines totals their sum.
 */
class PricingArithmeticPropertiesTest {

    /** Amounts from one cent to the largest one a request may carry (9,999,999.99). */
    private static final long MAX_CENTS = 999_999_999L;
    /** Percentages in ten-thousandths: 0.0001 % to 1000 %. */
    private static final int MAX_PERCENT_UNITS = 10_000_000;

    @Property
    void aLinesChargeIsTheUnitPriceTimesTheUnitsExactly(@ForAll @LongRange(min = 1, max = MAX_CENTS) long cents,
            @ForAll @IntRange(min = 1, max = 9999) int units) {
        assertThat(ContractPricing.times(money(cents), units)).isEqualTo(money(cents * units));
    }

    @Property
    void aFeeScheduleAllowsItsAmountPerUnitAndTheLesserOfThatAndTheChargeIsExpected(
            @ForAll("codes") ProcedureCode code, @ForAll @LongRange(min = 1, max = MAX_CENTS) long scheduleCents,
            @ForAll @IntRange(min = 1, max = 9999) int units,
            @ForAll @LongRange(min = 1, max = MAX_CENTS) long chargeCents) {
        ContractTerms terms = new ContractTerms(Method.FEE_SCHEDULE, null, null, "payer 2026",
                List.of(new ScheduleAmount(code.value(), money(scheduleCents))), List.of());

        Reimbursement result = ContractPricing.price(terms, line(code, units, chargeCents), Optional.empty());

        long allowed = scheduleCents * units;
        assertPriced(result, allowed, chargeCents);
    }

    @Property
    void aPercentageOfTheBaseRoundsPerUnitHalfUpThenTimesTheUnits(@ForAll("codes") ProcedureCode code,
            @ForAll @LongRange(min = 1, max = MAX_CENTS) long baseCents,
            @ForAll @IntRange(min = 1, max = MAX_PERCENT_UNITS) int percentUnits,
            @ForAll @IntRange(min = 1, max = 9999) int units,
            @ForAll @LongRange(min = 1, max = MAX_CENTS) long chargeCents, @ForAll boolean onChargemaster) {
        BigDecimal percent = BigDecimal.valueOf(percentUnits, 4);
        ContractTerms terms = onChargemaster
                ? new ContractTerms(Method.PERCENT_OF_BASE, percent, Base.CHARGEMASTER, null, List.of(), List.of())
                : new ContractTerms(Method.PERCENT_OF_BASE, percent, Base.FEE_SCHEDULE, "Medicare PFS 2026",
                        List.of(new ScheduleAmount(code.value(), money(baseCents))), List.of());

        Reimbursement result = ContractPricing.price(terms, line(code, units, chargeCents),
                onChargemaster ? Optional.of(money(baseCents)) : Optional.empty());

        // percent of base in cents = baseCents * percentUnits / 1,000,000 (10^4 for the units, 10^2 for the %)
        long perUnit = halfUp(baseCents * percentUnits, 1_000_000L);
        assertPriced(result, perUnit * units, chargeCents);
    }

    @Property
    void aCarveOutReplacesTheMethodForItsCode(@ForAll("codes") ProcedureCode code,
            @ForAll @LongRange(min = 1, max = MAX_CENTS) long fixedCents,
            @ForAll @IntRange(min = 1, max = 1_000_000) int percentOfChargeUnits,
            @ForAll @IntRange(min = 1, max = 9999) int units,
            @ForAll @LongRange(min = 1, max = MAX_CENTS) long chargeCents,
            @ForAll CarveOutKind kind) {
        BigDecimal percent = BigDecimal.valueOf(percentOfChargeUnits, 4);
        CarveOut carveOut = switch (kind) {
            case FIXED_AMOUNT -> new CarveOut(code.value(), kind, money(fixedCents), null);
            case PERCENT_OF_CHARGE -> new CarveOut(code.value(), kind, null, percent);
            case NOT_COVERED -> new CarveOut(code.value(), kind, null, null);
        };
        // The general method would price the code at 1000 % of a huge base: a carve-out must win over it.
        ContractTerms terms = new ContractTerms(Method.FEE_SCHEDULE, null, null, "payer 2026",
                List.of(new ScheduleAmount(code.value(), money(MAX_CENTS))), List.of(carveOut));

        Reimbursement result = ContractPricing.price(terms, line(code, units, chargeCents), Optional.empty());

        switch (kind) {
            case FIXED_AMOUNT -> assertPriced(result, fixedCents * units, chargeCents);
            case PERCENT_OF_CHARGE -> assertPriced(result, halfUp(chargeCents * percentOfChargeUnits, 1_000_000L),
                    chargeCents);
            case NOT_COVERED -> {
                assertThat(result.status()).isEqualTo(Reimbursement.Status.NOT_COVERED);
                assertThat(result.expectedAmount()).isEmpty();
            }
        }
    }

    @Property
    void aCodeTheContractDoesNotPriceHasNoExpectedReimbursement(@ForAll("codes") ProcedureCode listed,
            @ForAll("codes") ProcedureCode billed, @ForAll boolean feeSchedule) {
        if (listed.equals(billed)) {
            return;
        }
        ContractTerms terms = feeSchedule
                ? new ContractTerms(Method.FEE_SCHEDULE, null, null, null,
                        List.of(new ScheduleAmount(listed.value(), money(100))), List.of())
                : new ContractTerms(Method.PERCENT_OF_BASE, BigDecimal.TEN, Base.CHARGEMASTER, null, List.of(),
                        List.of());
        // On the chargemaster, "not priced" means the clinic has no price for the code on the date.
        Reimbursement result = ContractPricing.price(terms, line(billed, 1, 500), Optional.empty());
        assertThat(result.status()).isEqualTo(Reimbursement.Status.NOT_PRICED);
        assertThat(result.expectedAmount()).isEmpty();
    }

    @Property
    void anEncountersExpectedReimbursementIsTheSumOfItsLinesNeverAboveItsCharge(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = MAX_CENTS) Long> scheduleCents,
            @ForAll @IntRange(min = 1, max = 2_000_000) int percentUnits,
            @ForAll @IntRange(min = 1, max = 99) int units) {
        long totalCharge = 0;
        long totalExpected = 0;
        Money summedCharge = Money.zero(Money.USD);
        Money summedExpected = Money.zero(Money.USD);
        BigDecimal percent = BigDecimal.valueOf(percentUnits, 4);
        for (int i = 0; i < scheduleCents.size(); i++) {
            ProcedureCode code = ProcedureCode.of(String.format("%05d", 10_000 + i));
            long base = scheduleCents.get(i);
            ContractTerms terms = new ContractTerms(Method.PERCENT_OF_BASE, percent, Base.CHARGEMASTER, null,
                    List.of(), List.of());
            Money charge = ContractPricing.times(money(base), units);
            Reimbursement line = ContractPricing.price(terms, new LineToPrice(code, List.of(), units, charge),
                    Optional.of(money(base)));
            summedCharge = summedCharge.plus(charge);
            summedExpected = summedExpected.plus(line.expected());
            totalCharge += base * units;
            totalExpected += Math.min(halfUp(base * percentUnits, 1_000_000L) * units, base * units);
        }
        assertThat(summedCharge).isEqualTo(money(totalCharge));
        assertThat(summedExpected).isEqualTo(money(totalExpected));
        assertThat(summedExpected.amount()).isLessThanOrEqualTo(summedCharge.amount());
    }

    @Test
    void documentedExamples() {
        ProcedureCode visit = ProcedureCode.of("99213");
        ContractTerms eightyOfChargemaster = new ContractTerms(Method.PERCENT_OF_BASE, new BigDecimal("80"),
                Base.CHARGEMASTER, null, List.of(), List.of());
        // 80 % of 125.00 = 100.00 per unit; 2 units = 200.00; charged 250.00: 200.00 expected.
        assertThat(ContractPricing.price(eightyOfChargemaster, line(visit, 2, 25_000), Optional.of(money(12_500)))
                .expected()).isEqualTo(Money.usd("200.00"));
        // 87.5 % of 33.33 = 29.16375 → 29.16 per unit (half-up at the cent), times 3 = 87.48.
        ContractTerms odd = new ContractTerms(Method.PERCENT_OF_BASE, new BigDecimal("87.5"), Base.CHARGEMASTER,
                null, List.of(), List.of());
        assertThat(ContractPricing.price(odd, line(visit, 3, 99_99), Optional.of(money(33_33))).allowed())
                .isEqualTo(Money.usd("87.48"));
        // 50 % of 0.05 = 0.025 → 0.03 (half-up); the allowed amount above a low charge is cut to the charge.
        assertThat(ContractPricing.percentOf(Money.usd("0.05"), new BigDecimal("50"))).isEqualTo(Money.usd("0.03"));
        ContractTerms generous = new ContractTerms(Method.FEE_SCHEDULE, null, null, null,
                List.of(new ScheduleAmount(visit.value(), Money.usd("300.00"))), List.of());
        Reimbursement capped = ContractPricing.price(generous, line(visit, 1, 15_000), Optional.empty());
        assertThat(capped.allowed()).isEqualTo(Money.usd("300.00"));
        assertThat(capped.expected()).isEqualTo(Money.usd("150.00"));
    }

    private static void assertPriced(Reimbursement result, long allowedCents, long chargeCents) {
        assertThat(result.status()).isEqualTo(Reimbursement.Status.PRICED);
        assertThat(result.allowed()).isEqualTo(money(allowedCents));
        assertThat(result.expected()).isEqualTo(money(Math.min(allowedCents, chargeCents)));
        assertThat(result.expected().amount()).isLessThanOrEqualTo(money(chargeCents).amount())
                .isLessThanOrEqualTo(result.allowed().amount());
    }

    /** n / d rounded half-up, for non-negative n and positive d. */
    private static long halfUp(long numerator, long divisor) {
        return (numerator + divisor / 2) / divisor;
    }

    private static Money money(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2), Money.USD);
    }

    private static LineToPrice line(ProcedureCode code, int units, long chargeCents) {
        return new LineToPrice(code, List.of(), units, money(chargeCents));
    }

    @Provide
    Arbitrary<ProcedureCode> codes() {
        Arbitrary<String> cptI = Arbitraries.strings().numeric().ofLength(5);
        Arbitrary<String> cptII = Arbitraries.strings().numeric().ofLength(4).map(digits -> digits + "F");
        Arbitrary<String> cptIII = Arbitraries.strings().numeric().ofLength(4).map(digits -> digits + "T");
        Arbitrary<String> hcpcs = Combinators.combine(Arbitraries.chars().range('A', 'V'),
                Arbitraries.strings().numeric().ofLength(4)).as((letter, digits) -> letter + digits);
        return Arbitraries.oneOf(cptI, cptII, cptIII, hcpcs).map(ProcedureCode::of);
    }
}
