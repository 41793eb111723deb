package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Coverage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesWithinCoverageTest {

    private final DatesWithinCoverage rule = new DatesWithinCoverage();

    private List<ClaimEdit> checkWith(LocalDate effective, LocalDate termination) {
        return rule.check(aClaim().with(c -> {
            c.coverage = new Coverage("coverage-1", effective, termination);
            return c;
        }).build(), context());
    }

    @Test
    void passesServicesOnTheCoveragesFirstAndLastDays() {
        assertThat(checkWith(SERVICE_DATE, SERVICE_DATE)).isEmpty();
    }

    @Test
    void passesAnOpenEndedCoverage() {
        assertThat(checkWith(SERVICE_DATE.minusYears(1), null)).isEmpty();
    }

    @Test
    void refusesServicesBeforeTheCoverageTookEffect() {
        List<ClaimEdit> edits = checkWith(SERVICE_DATE.plusDays(1), null);

        assertThat(edits).extracting(ClaimEdit::field)
                .containsExactly("serviceFrom", "serviceTo", "lines[0].serviceDate", "lines[1].serviceDate");
        assertThat(edits.get(0)).satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(DatesWithinCoverage.NAME);
            assertThat(edit.problem()).isEqualTo("The first date of service is before the coverage took effect.");
            assertThat(edit.fix()).contains("eligibility");
        });
        assertThat(edits).allSatisfy(edit -> assertThat(edit.problem() + edit.fix()).doesNotContain("2026"));
    }

    @Test
    void refusesServicesAfterTheCoverageEnded() {
        assertThat(checkWith(LocalDate.of(2025, 1, 1), SERVICE_DATE.minusDays(1)))
                .extracting(ClaimEdit::problem).first()
                .isEqualTo("The first date of service is after the coverage ended.");
    }

    @Test
    void refusesOnlyTheLineOutsideTheCoverage() {
        List<ClaimEdit> edits = rule.check(aClaim().with(c -> {
            c.coverage = new Coverage("coverage-1", LocalDate.of(2025, 1, 1), SERVICE_DATE);
            c.serviceTo = SERVICE_DATE.plusDays(1);
            c.lines = List.of(c.lines.get(0), new ClaimToScrub.Line(SERVICE_DATE.plusDays(1), "36415", List.of(), 1,
                    List.of(1), c.lines.get(1).charge()));
            return c;
        }).build(), context());

        assertThat(edits).extracting(ClaimEdit::field).containsExactly("serviceTo", "lines[1].serviceDate");
    }
}
