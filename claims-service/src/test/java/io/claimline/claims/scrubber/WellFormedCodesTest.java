package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.platform.kernel.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class WellFormedCodesTest {

    private final WellFormedCodes rule = new WellFormedCodes();

    @Test
    void passesCodesOfTheRightFormatsInAnySpelling() {
        ClaimToScrub claim = aClaim().diagnoses("e11.9", "I10", "250.00", "V72.31")
                .lines(new Line(SERVICE_DATE, " 99213 ", List.of("25", "gt"), 1, List.of(1), Money.usd("1.00")),
                        new Line(SERVICE_DATE, "G0439", List.of(), 1, List.of(1), Money.usd("1.00")),
                        new Line(SERVICE_DATE, "0001F", List.of(), 1, List.of(1), Money.usd("0.00")))
                .build();

        assertThat(rule.check(claim, context())).isEmpty();
    }

    @Test
    void refusesADiagnosisOfNeitherIcdFormat() {
        List<ClaimEdit> edits = rule.check(aClaim().diagnoses("E11.9", "11E9").build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(WellFormedCodes.NAME);
            assertThat(edit.field()).isEqualTo("diagnoses[1]");
            assertThat(edit.problem()).startsWith("Diagnosis 2 is neither an ICD-10-CM code");
        });
    }

    @Test
    void refusesAProcedureCodeThatIsNeitherCptNorHcpcs() {
        List<ClaimEdit> edits = rule.check(aClaim().lines(
                new Line(SERVICE_DATE, "9921", List.of(), 1, List.of(1), Money.usd("1.00"))).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.field()).isEqualTo("lines[0].procedureCode");
            assertThat(edit.problem()).startsWith("Line 1's procedure code must be a CPT code");
        });
    }

    @Test
    void refusesAModifierOfThreeCharacters() {
        List<ClaimEdit> edits = rule.check(aClaim().lines(
                new Line(SERVICE_DATE, "99213", List.of("25", "59X"), 1, List.of(1), Money.usd("1.00"))).build(),
                context());

        assertThat(edits).extracting(ClaimEdit::field).containsExactly("lines[0].modifiers[1]");
    }

    @Test
    void refusesAPlaceOfServiceThatIsNotTwoDigits() {
        assertThat(rule.check(aClaim().with(c -> {
            c.placeOfService = "OF";
            return c;
        }).build(), context())).extracting(ClaimEdit::field).containsExactly("placeOfService");
    }
}
