package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.TODAY;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.codeSets;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.claims.scrubber.ClaimToScrub.Subscriber;
import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScrubberTest {

    private final Scrubber scrubber = Scrubber.standard();

    @Test
    void passesACleanClaim() {
        ScrubResult result = scrubber.scrub(aClaim().build(), context());

        assertThat(result.passed()).isTrue();
        assertThat(result.edits()).isEmpty();
    }

    @Test
    void runsEveryRuleInOrder() {
        assertThat(scrubber.rules()).extracting(rule -> rule.getClass().getSimpleName()).containsExactly(
                "RequiredData", "NpiCheckDigits", "WellFormedCodes", "DiagnosisQualifierByDate", "CodesValidOnDate",
                "DiagnosisPointers", "ClaimShape", "TotalEqualsLines", "DatesWithinCoverage", "DuplicateClaim",
                "TimelyFiling");
    }

    @Test
    void collectsTheEditsOfEveryFailingRuleInRuleOrder() {
        ClaimToScrub claim = aClaim().with(c -> {
            c.renderingProviderNpi = "1234567890";
            c.diagnoses = List.of("E11.9", "E11");
            c.lines = List.of(
                    new Line(SERVICE_DATE, "G2012", List.of("25", "59", "GA", "XU", "76"), 1, List.of(1, 3),
                            Money.usd("125.00")),
                    new Line(SERVICE_DATE, "36415", List.of(), 1, List.of(1), Money.usd("20.00")));
            c.totalCharge = Money.usd("150.00");
            return c;
        }).build();
        ScrubContext context = new ScrubContext(SERVICE_DATE.plusDays(91), codeSets(),
                (key, excluding) -> Optional.of("claim-0"));

        ScrubResult result = scrubber.scrub(claim, context);

        assertThat(result.passed()).isFalse();
        assertThat(result.edits()).extracting(ClaimEdit::rule, ClaimEdit::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NpiCheckDigits.NAME, "renderingProviderNpi"),
                org.assertj.core.groups.Tuple.tuple(CodesValidOnDate.NAME, "diagnoses[1]"),
                org.assertj.core.groups.Tuple.tuple(CodesValidOnDate.NAME, "lines[0].procedureCode"),
                org.assertj.core.groups.Tuple.tuple(DiagnosisPointers.NAME, "lines[0].diagnosisPointers[1]"),
                org.assertj.core.groups.Tuple.tuple(ClaimShape.NAME, "lines[0].modifiers"),
                org.assertj.core.groups.Tuple.tuple(TotalEqualsLines.NAME, "totalCharge"),
                org.assertj.core.groups.Tuple.tuple(DuplicateClaim.NAME, "lines"),
                org.assertj.core.groups.Tuple.tuple(TimelyFiling.NAME, "serviceFrom"));
    }

    @Test
    void scrubsAnEmptyClaimWithoutFailingItself() {
        ClaimToScrub empty = new ClaimToScrub(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);

        ScrubResult result = scrubber.scrub(empty, context());

        assertThat(result.passed()).isFalse();
        assertThat(result.edits()).extracting(ClaimEdit::rule).containsOnly(RequiredData.NAME, ClaimShape.NAME);
    }

    @Test
    void neverPutsThePatientsValuesInItsWords() {
        ClaimToScrub claim = aClaim().with(c -> {
            c.subscriber = new Subscriber("W987654321", LocalDate.of(1961, 7, 23));
            c.coverage = new ClaimToScrub.Coverage("coverage-1", SERVICE_DATE.plusDays(1), null);
            c.diagnoses = List.of("E11.9", "401.9", "E11");
            c.serviceTo = SERVICE_DATE.minusDays(1);
            c.totalCharge = Money.usd("1.00");
            return c;
        }).build();

        ScrubResult result = scrubber.scrub(claim, new ScrubContext(TODAY.plusYears(1), codeSets(),
                (key, excluding) -> Optional.of("claim-0")));

        assertThat(result.edits()).hasSizeGreaterThan(5).allSatisfy(edit -> assertThat(edit.problem() + edit.fix())
                .doesNotContain("W987654321", "1961", "patient-1", SERVICE_DATE.toString(), "2026-03",
                        "03/02/2026"));
        assertThat(claim.toString()).doesNotContain("W987654321", "1961", "patient-1");
    }

    @Test
    void aResultPassesExactlyWhenItHasNoEdits() {
        assertThat(ScrubResult.of(List.of()).passed()).isTrue();
        assertThatThrownBy(() -> new ScrubResult(true, List.of(new ClaimEdit("r", "f", "p", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
