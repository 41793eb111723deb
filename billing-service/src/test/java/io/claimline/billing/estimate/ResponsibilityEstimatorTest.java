package io.claimline.billing.estimate;

import static io.claimline.billing.estimate.command.ResponsibilityEstimator.Assumption.COINSURANCE_UNKNOWN;
import static io.claimline.billing.estimate.command.ResponsibilityEstimator.Assumption.COPAY_UNKNOWN;
import static io.claimline.billing.estimate.command.ResponsibilityEstimator.Assumption.DEDUCTIBLE_REMAINING_TAKEN_AS_FULL_DEDUCTIBLE;
import static io.claimline.billing.estimate.command.ResponsibilityEstimator.Assumption.DEDUCTIBLE_UNKNOWN;
import static io.claimline.billing.estimate.command.ResponsibilityEstimator.Assumption.NO_CONTRACT_PRICE;
import static io.claimline.billing.estimate.command.ResponsibilityEstimator.Assumption.OUT_OF_POCKET_REMAINING_TAKEN_AS_MAXIMUM;
import static io.claimline.billing.estimate.command.ResponsibilityEstimator.Assumption.OUT_OF_POCKET_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.billing.estimate.command.ResponsibilityEstimator;
import io.claimline.billing.estimate.command.ResponsibilityEstimator.Benefits;
import io.claimline.billing.estimate.command.ResponsibilityEstimator.Split;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the patient-responsibility split, as a business sentence with cents. */
class ResponsibilityEstimatorTest {

    private static Money usd(String amount) {
        return Money.usd(amount);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Split split(Benefits benefits, String... allowed) {
        return ResponsibilityEstimator.split(List.of(allowed).stream().map(Money::usd).toList(), benefits, List.of());
    }

    @Test
    void theCopayComesFirstThenTheDeductibleThenCoinsuranceOnTheRest() {
        Split s = split(new Benefits(d("25.00"), d("0.20"), d("1000.00"), d("100.00"), d("5000.00"), d("3000.00")),
                "300.00");

        var line = s.lines().get(0);
        assertThat(line.copay()).isEqualTo(usd("25.00"));
        assertThat(line.deductible()).isEqualTo(usd("100.00"));
        assertThat(line.coinsurance()).as("20 % of 175.00").isEqualTo(usd("35.00"));
        assertThat(line.patient()).isEqualTo(usd("160.00"));
        assertThat(line.insurance()).isEqualTo(usd("140.00"));
        assertThat(s.assumptions()).isEmpty();
    }

    @Test
    void theCopayIsTakenOncePerVisitFromTheLinesInOrder() {
        Split s = split(new Benefits(d("40.00"), d("0"), d("0"), d("0"), null, d("1000.00")), "30.00", "100.00");

        assertThat(s.lines().get(0).copay()).isEqualTo(usd("30.00"));
        assertThat(s.lines().get(1).copay()).as("the 10.00 left of the visit's copay").isEqualTo(usd("10.00"));
        assertThat(s.copay()).isEqualTo(usd("40.00"));
        assertThat(s.patient()).isEqualTo(usd("40.00"));
        assertThat(s.insurance()).isEqualTo(usd("90.00"));
    }

    @Test
    void theDeductibleIsNeverAppliedBeyondWhatRemainsAcrossLines() {
        Split s = split(new Benefits(null, d("0.10"), d("500.00"), d("150.00"), null, null), "100.00", "100.00");

        assertThat(s.lines().get(0).deductible()).isEqualTo(usd("100.00"));
        assertThat(s.lines().get(1).deductible()).isEqualTo(usd("50.00"));
        assertThat(s.lines().get(1).coinsurance()).as("10 % of the 50.00 left").isEqualTo(usd("5.00"));
        assertThat(s.deductible()).isEqualTo(usd("150.00"));
    }

    @Test
    void coinsuranceRoundsHalfUpToTheCentPerLine() {
        Split s = split(new Benefits(d("0"), d("0.15"), d("0"), d("0"), null, null), "10.10", "0.30");

        assertThat(s.lines().get(0).coinsurance()).as("1.515 rounds up").isEqualTo(usd("1.52"));
        assertThat(s.lines().get(1).coinsurance()).as("0.045 rounds up").isEqualTo(usd("0.05"));
        assertThat(s.coinsurance()).as("the sum of the rounded lines").isEqualTo(usd("1.57"));
        assertThat(s.insurance().plus(s.patient())).isEqualTo(s.allowed());
    }

    @Test
    void thePatientsShareIsCappedByTheOutOfPocketRemaining() {
        Split s = split(new Benefits(d("50.00"), d("0.30"), d("2000.00"), d("2000.00"), d("6000.00"), d("120.00")),
                "1000.00", "400.00");

        assertThat(s.lines().get(0).copay()).isEqualTo(usd("50.00"));
        assertThat(s.lines().get(0).deductible()).isEqualTo(usd("70.00"));
        assertThat(s.lines().get(0).coinsurance()).isEqualTo(usd("0.00"));
        assertThat(s.lines().get(1).patient()).as("out-of-pocket met: the plan pays all").isEqualTo(usd("0.00"));
        assertThat(s.patient()).isEqualTo(usd("120.00"));
        assertThat(s.insurance()).isEqualTo(usd("1280.00"));
    }

    @Test
    void unknownBenefitsAreAssumedAndSaidSo() {
        Split s = split(Benefits.unknown(), "200.00");

        assertThat(s.patient()).isEqualTo(usd("0.00"));
        assertThat(s.insurance()).isEqualTo(usd("200.00"));
        assertThat(s.assumptions()).containsExactly(COPAY_UNKNOWN, COINSURANCE_UNKNOWN, DEDUCTIBLE_UNKNOWN,
                OUT_OF_POCKET_UNKNOWN);
    }

    @Test
    void anUnknownRemainingIsTakenAsTheFullAmountNothingMetYet() {
        Split s = ResponsibilityEstimator.split(List.of(usd("3000.00")),
                new Benefits(d("0"), d("0.20"), d("1500.00"), null, d("2000.00"), null), List.of(NO_CONTRACT_PRICE));

        assertThat(s.deductible()).isEqualTo(usd("1500.00"));
        assertThat(s.coinsurance()).as("20 % of 1500.00 is 300.00, capped by the 500.00 left").isEqualTo(usd("300.00"));
        assertThat(s.assumptions()).containsExactly(NO_CONTRACT_PRICE, DEDUCTIBLE_REMAINING_TAKEN_AS_FULL_DEDUCTIBLE,
                OUT_OF_POCKET_REMAINING_TAKEN_AS_MAXIMUM);
    }

    @Test
    void aCopayLargerThanTheAllowedAmountTakesOnlyTheAllowedAmount() {
        Split s = split(new Benefits(d("75.00"), d("0.20"), d("0"), d("0"), null, null), "60.00");

        assertThat(s.patient()).isEqualTo(usd("60.00"));
        assertThat(s.insurance()).isEqualTo(usd("0.00"));
    }

    @Test
    void aCoinsuranceOutsideZeroToOneIsNotUsedButSaidSo() {
        Split s = split(new Benefits(d("0"), d("1.5"), d("0"), d("0"), null, null), "100.00");

        assertThat(s.coinsurance()).isEqualTo(usd("0.00"));
        assertThat(s.assumptions()).contains(COINSURANCE_UNKNOWN);
    }

    @Test
    void anEstimateNeedsALineAndNoNegativeAmount() {
        assertThatThrownBy(() -> ResponsibilityEstimator.split(List.of(), Benefits.unknown(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> split(Benefits.unknown(), "-1.00")).isInstanceOf(IllegalArgumentException.class);
    }
}
