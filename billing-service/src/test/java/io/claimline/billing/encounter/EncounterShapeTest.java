package io.claimline.billing.encounter;

import static io.claimline.billing.encounter.Encounters.DATE_OF_SERVICE;
import static io.claimline.billing.encounter.Encounters.insured;
import static io.claimline.billing.encounter.Encounters.line;
import static io.claimline.billing.encounter.Encounters.withLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.command.EncounterShape;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** The limits of an encounter (those of an 837P claim) and its charge arithmetic. */
class EncounterShapeTest {

    private static List<String> fieldsOf(EncounterData data) {
        InvalidFieldsException e = catchThrowableOfType(InvalidFieldsException.class, () -> EncounterShape.check(data));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(InvalidFieldsException.Problem::field).toList();
    }

    @Test
    void aWellFormedEncounterPasses() {
        assertThatCode(() -> EncounterShape.check(insured())).doesNotThrowAnyException();
    }

    @Test
    void atMostTwelveDiagnosesEachOnce() {
        List<String> thirteen = List.of("A000", "A001", "A009", "A010", "A011", "A012", "A013", "A014", "A020",
                "A021", "A022", "A030", "A031");
        assertThat(fieldsOf(withLines(thirteen, List.of(line(List.of(), 1, List.of(1)))))).containsExactly("diagnoses");
        assertThat(fieldsOf(withLines(List.of("E119", "E119"), List.of(line(List.of(), 1, List.of(1))))))
                .containsExactly("diagnoses");
        assertThat(fieldsOf(withLines(List.of(), List.of(line(List.of(), 1, List.of()))))).contains("diagnoses");
    }

    @Test
    void atMostFourModifiersPerLine() {
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(line(List.of("25", "59", "LT", "RT", "76"), 1,
                List.of(1)))))).containsExactly("lines[0].modifiers");
    }

    @Test
    void pointersNameExistingDiagnosesOneToFourOfThem() {
        assertThat(fieldsOf(withLines(List.of("E119", "I10"), List.of(line(List.of(), 1, List.of(3))))))
                .containsExactly("lines[0].diagnosisPointers[0]");
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(line(List.of(), 1, List.of(0))))))
                .containsExactly("lines[0].diagnosisPointers[0]");
        assertThat(fieldsOf(withLines(List.of("A000", "A001", "A009", "A010", "A011"),
                List.of(line(List.of(), 1, List.of(1, 2, 3, 4, 5)))))).containsExactly("lines[0].diagnosisPointers");
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(line(List.of(), 1, List.of())))))
                .containsExactly("lines[0].diagnosisPointers");
    }

    @Test
    void unitsArePositive() {
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(line(List.of(), 0, List.of(1))))))
                .contains("lines[0].units");
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(line(List.of(), -2, List.of(1))))))
                .contains("lines[0].units");
    }

    @Test
    void atMostFiftyLinesAndAtLeastOne() {
        assertThat(fieldsOf(withLines(List.of("E119"), Collections.nCopies(51, line(List.of(), 1, List.of(1)))
                .stream().map(l -> new EncounterData.Line(UUID.randomUUID(), l.serviceDate(), l.procedureCode(),
                        l.modifiers(), l.units(), l.diagnosisPointers(), l.unitPrice(), l.charge(), null, null, null))
                .toList()))).containsExactly("lines");
        assertThat(fieldsOf(withLines(List.of("E119"), List.of()))).containsExactly("lines");
    }

    @Test
    void aLinesDateIsWithinTheEncountersDates() {
        var visit = Encounters.visit();
        var late = new EncounterData.Line(visit.lineId(), DATE_OF_SERVICE.plusDays(1), visit.procedureCode(),
                visit.modifiers(), 1, List.of(1), visit.unitPrice(), visit.charge(), null, null, null);
        assertThat(fieldsOf(withLines(List.of("E119", "I10"), List.of(late)))).containsExactly("lines[0].serviceDate");
    }

    @Test
    void aChargeOtherThanTheChargemastersNeedsAReasonAndAnExpectedReimbursementNeverExceedsIt() {
        var visit = Encounters.visit();
        var discounted = new EncounterData.Line(visit.lineId(), DATE_OF_SERVICE, "99213", List.of(), 1, List.of(1),
                Money.usd("125.00"), Money.usd("100.00"), null, null, null);
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(discounted))))
                .containsExactly("lines[0].chargeOverrideReason");
        var withReason = new EncounterData.Line(visit.lineId(), DATE_OF_SERVICE, "99213", List.of(), 1, List.of(1),
                Money.usd("125.00"), Money.usd("100.00"), "courtesy for a brief visit", Money.usd("100.01"), null);
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(withReason))))
                .containsExactly("lines[0].expectedReimbursement");
        var noPrice = new EncounterData.Line(visit.lineId(), DATE_OF_SERVICE, "99213", List.of(), 1, List.of(1),
                null, Money.usd("100.00"), null, null, null);
        assertThat(fieldsOf(withLines(List.of("E119"), List.of(noPrice))))
                .containsExactly("lines[0].chargeOverrideReason");
    }

    @Property
    void theChargeIsThePriceTimesUnitsToTheCent(
            @ForAll @BigRange(min = "0.01", max = "99999.99") @Scale(2) BigDecimal price,
            @ForAll @IntRange(min = 1, max = EncounterShape.MAX_UNITS) int units) {
        Money charge = EncounterShape.chargeOf(new Money(price, Money.USD), units);

        assertThat(charge.amount()).isEqualByComparingTo(price.multiply(BigDecimal.valueOf(units)));
        assertThat(charge.amount().scale()).isEqualTo(2);
        // Adding the unit price units times gives the same: no rounding anywhere.
        Money sum = Money.zero(Money.USD);
        for (int i = 0; i < units; i++) {
            sum = sum.plus(new Money(price, Money.USD));
        }
        assertThat(charge).isEqualTo(sum);
    }

    @Property
    void anEncountersTotalIsTheSumOfItsLinesToTheCent(
            @ForAll @BigRange(min = "0.00", max = "9999.99") @Scale(2) BigDecimal first,
            @ForAll @BigRange(min = "0.00", max = "9999.99") @Scale(2) BigDecimal second,
            @ForAll @IntRange(min = 1, max = 99) int units) {
        var a = new EncounterData.Line(UUID.randomUUID(), DATE_OF_SERVICE, "99213", List.of(), units, List.of(1),
                new Money(first, Money.USD), EncounterShape.chargeOf(new Money(first, Money.USD), units), null, null, null);
        var b = new EncounterData.Line(UUID.randomUUID(), DATE_OF_SERVICE, "93000", List.of(), 1, List.of(1),
                null, new Money(second, Money.USD), "no chargemaster price", null, null);
        EncounterData data = withLines(List.of("E119"), List.of(a, b));

        assertThat(data.totalCharge().amount())
                .isEqualByComparingTo(first.multiply(BigDecimal.valueOf(units)).add(second));
        assertThatCode(() -> EncounterShape.check(data)).doesNotThrowAnyException();
    }
}
