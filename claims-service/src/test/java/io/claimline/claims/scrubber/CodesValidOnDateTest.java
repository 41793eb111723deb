package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.TODAY;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.codesets.CodeSets;
import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodesValidOnDateTest {

    private final CodesValidOnDate rule = new CodesValidOnDate();

    private static Line line(String code, List<String> modifiers) {
        return new Line(SERVICE_DATE, code, modifiers, 1, List.of(1), Money.usd("10.00"));
    }

    @Test
    void passesCodesBillableOnTheDateOfService() {
        ClaimToScrub claim = aClaim().lines(line("99213", List.of("25", "GA")), line("G0439", List.of())).build();

        assertThat(rule.check(claim, context())).isEmpty();
    }

    @Test
    void passesCodesOfKindsTheClinicHasNotLoadedByFormatOnly() {
        ScrubContext nothingLoaded = new ScrubContext(TODAY, CodeSets.empty(), DuplicateClaims.none());

        assertThat(rule.check(aClaim().diagnoses("Z99.89").lines(line("99499", List.of("XY"))).build(),
                nothingLoaded)).isEmpty();
    }

    @Test
    void refusesAHcpcsCodeDeletedBeforeTheDateOfService() {
        List<ClaimEdit> edits = rule.check(aClaim().lines(line("g2012", List.of())).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(CodesValidOnDate.NAME);
            assertThat(edit.field()).isEqualTo("lines[0].procedureCode");
            assertThat(edit.problem()).isEqualTo("Line 1's procedure code G2012 is not valid on the date of"
                    + " service: it was added later or deleted by then.");
        });
    }

    @Test
    void passesTheSameCodeOnADateItWasValid() {
        // G2012 was valid through 2025; the ICD-9-CM diagnosis keeps the (FY2026) ICD-10-CM set out of it.
        ClaimToScrub claim = aClaim().diagnoses("401.9").lines(line("G2012", List.of()))
                .on(LocalDate.of(2025, 6, 2)).build();

        assertThat(rule.check(claim, context())).isEmpty();
    }

    @Test
    void refusesADiagnosisOutsideItsFiscalYear() {
        ClaimToScrub claim = aClaim().on(LocalDate.of(2026, 10, 1)).build();

        assertThat(rule.check(claim, context())).extracting(ClaimEdit::field)
                .containsExactly("diagnoses[0]", "diagnoses[1]");
    }

    @Test
    void refusesACategoryHeaderAsADiagnosis() {
        List<ClaimEdit> edits = rule.check(aClaim().diagnoses("E11").build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.field()).isEqualTo("diagnoses[0]");
            assertThat(edit.problem()).isEqualTo("Diagnosis 1 E11 is a category, not a billable code.");
            assertThat(edit.fix()).contains("highest specificity");
        });
    }

    @Test
    void refusesADiagnosisNotInTheCodeSet() {
        assertThat(rule.check(aClaim().diagnoses("E11.9", "Z99.89").build(), context()))
                .extracting(ClaimEdit::field, ClaimEdit::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("diagnoses[1]",
                        "Diagnosis 2 Z9989 is not in the loaded code set."));
    }

    @Test
    void refusesALevelTwoModifierEndedBeforeTheDateOfService() {
        assertThat(rule.check(aClaim().lines(line("99213", List.of("25", "GT"))).build(), context()))
                .extracting(ClaimEdit::field).containsExactly("lines[0].modifiers[1]");
    }

    @Test
    void refusesAPlaceOfServiceNotPublished() {
        assertThat(rule.check(aClaim().with(c -> {
            c.placeOfService = "98";
            return c;
        }).build(), context())).extracting(ClaimEdit::field).containsExactly("placeOfService");
    }

    @Test
    void leavesIcd9CodesAndMalformedCodesToTheOtherRules() {
        ClaimToScrub claim = aClaim().diagnoses("250.00", "11E9").lines(line("9921", List.of("59X")))
                .on(LocalDate.of(2015, 9, 30)).build();

        assertThat(rule.check(claim, context())).isEmpty();
    }
}
