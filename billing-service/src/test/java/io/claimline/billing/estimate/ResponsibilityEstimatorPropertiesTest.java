package io.claimline.billing.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.billing.estimate.command.ResponsibilityEstimator;
import io.claimline.billing.estimate.command.ResponsibilityEstimator.Benefits;
import io.claimline.billing.estimate.command.ResponsibilityEstimator.LineSplit;
import io.claimline.billing.estimate.command.ResponsibilityEstimator.Split;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The split is exact to the cent for any benefit values (known or not), units and amounts. */
class ResponsibilityEstimatorPropertiesTest {

    @Property(tries = 2000)
    void insurancePlusPatientIsTheAllowedAmountForEveryLineAndInTotal(@ForAll("lines") List<Money> allowed,
            @ForAll("benefits") Benefits benefits) {
        Split s = ResponsibilityEstimator.split(allowed, benefits, List.of());

        for (LineSplit line : s.lines()) {
            assertThat(line.insurance().plus(line.patient())).isEqualTo(line.allowed());
            assertThat(line.copay().plus(line.deductible()).plus(line.coinsurance())).isEqualTo(line.patient());
            assertThat(line.patient().amount()).isBetween(BigDecimal.ZERO.setScale(2), line.allowed().amount());
            assertThat(line.insurance().amount().signum()).isNotNegative();
        }
        assertThat(s.insurance().plus(s.patient())).isEqualTo(s.allowed());
        assertThat(s.allowed()).isEqualTo(allowed.stream().reduce(Money::plus).orElseThrow());
        assertThat(s.patient()).isEqualTo(s.lines().stream().map(LineSplit::patient).reduce(Money::plus).orElseThrow());
        assertThat(s.insurance()).isEqualTo(
                s.lines().stream().map(LineSplit::insurance).reduce(Money::plus).orElseThrow());
    }

    @Property(tries = 2000)
    void thePatientNeverPaysMoreThanTheOutOfPocketRemainingWhenKnown(@ForAll("lines") List<Money> allowed,
            @ForAll("benefits") Benefits benefits) {
        Split s = ResponsibilityEstimator.split(allowed, benefits, List.of());

        if (known(benefits.outOfPocketRemaining())) {
            assertThat(s.patient().amount()).isLessThanOrEqualTo(benefits.outOfPocketRemaining());
        }
        if (known(benefits.outOfPocketMax())) {
            assertThat(s.patient().amount()).isLessThanOrEqualTo(benefits.outOfPocketMax());
        }
    }

    @Property(tries = 2000)
    void theDeductibleAndCopayAppliedNeverExceedWhatRemains(@ForAll("lines") List<Money> allowed,
            @ForAll("benefits") Benefits benefits) {
        Split s = ResponsibilityEstimator.split(allowed, benefits, List.of());

        if (known(benefits.deductibleRemaining())) {
            assertThat(s.deductible().amount()).isLessThanOrEqualTo(benefits.deductibleRemaining());
        } else if (!known(benefits.deductible())) {
            assertThat(s.deductible().amount().signum()).isZero();
        }
        if (known(benefits.deductible())) {
            assertThat(s.deductible().amount()).isLessThanOrEqualTo(benefits.deductible());
        }
        BigDecimal copay = known(benefits.copay()) ? benefits.copay() : BigDecimal.ZERO;
        assertThat(s.copay().amount()).as("one copay per visit").isLessThanOrEqualTo(copay);
    }

    @Property(tries = 1000)
    void withoutACapCoinsuranceIsTheRoundedShareOfWhatCopayAndDeductibleLeave(@ForAll("lines") List<Money> allowed,
            @ForAll("benefits") Benefits benefits) {
        Benefits uncapped = new Benefits(benefits.copay(), benefits.coinsurance(), benefits.deductible(),
                benefits.deductibleRemaining(), null, null);
        Split s = ResponsibilityEstimator.split(allowed, uncapped, List.of());

        BigDecimal rate = benefits.coinsurance() != null && benefits.coinsurance().signum() >= 0
                && benefits.coinsurance().compareTo(BigDecimal.ONE) <= 0 ? benefits.coinsurance() : BigDecimal.ZERO;
        for (LineSplit line : s.lines()) {
            BigDecimal rest = line.allowed().amount().subtract(line.copay().amount())
                    .subtract(line.deductible().amount());
            assertThat(line.coinsurance().amount()).isEqualTo(rest.multiply(rate).setScale(2, RoundingMode.HALF_UP));
        }
    }

    private static boolean known(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }

    @Provide
    Arbitrary<List<Money>> lines() {
        // An allowed amount is a unit price × whole units, as the chargemaster and contracts give it.
        Arbitrary<Money> line = Combinators.combine(cents(0, 500_000), Arbitraries.integers().between(1, 99))
                .as((unit, units) -> new Money(unit.multiply(BigDecimal.valueOf(units)), Money.USD));
        return line.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<Benefits> benefits() {
        Arbitrary<BigDecimal> copay = orUnknown(cents(0, 20_000));
        Arbitrary<BigDecimal> coinsurance = orUnknown(Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                BigDecimal.ONE).ofScale(4));
        Arbitrary<BigDecimal> deductible = orUnknown(cents(0, 1_000_000));
        Arbitrary<BigDecimal> outOfPocket = orUnknown(cents(0, 2_000_000));
        return Combinators.combine(copay, coinsurance, deductible, deductible, outOfPocket, outOfPocket)
                .as(Benefits::new);
    }

    private static Arbitrary<BigDecimal> cents(long min, long max) {
        return Arbitraries.longs().between(min, max).map(c -> BigDecimal.valueOf(c, 2));
    }

    private static Arbitrary<BigDecimal> orUnknown(Arbitrary<BigDecimal> known) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, known),
                net.jqwik.api.Tuple.of(2, Arbitraries.just((BigDecimal) null)),
                net.jqwik.api.Tuple.of(1, cents(-10_000, -1)));
    }
}
