package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.codeSets;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.claims.scrubber.ClaimToScrub.Payer;
import io.claimline.platform.kernel.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelyFilingTest {

    private static final LocalDate DEADLINE = SERVICE_DATE.plusDays(90);

    private final TimelyFiling rule = new TimelyFiling();

    private static ScrubContext on(LocalDate today) {
        // Today comes from the clock, at the start of the day in the clinic's zone.
        ZoneId chicago = ZoneId.of("America/Chicago");
        Clock clock = Clock.fixed(today.atStartOfDay(chicago).toInstant(), chicago);
        return ScrubContext.of(clock, codeSets(), DuplicateClaims.none());
    }

    @Test
    void theDeadlineIsTheFirstDateOfServicePlusThePayersInitialClaimDays() {
        assertThat(TimelyFiling.deadline(aClaim().build())).contains(DEADLINE);
    }

    @Test
    void theDeadlineCountsFromTheEarliestLine() {
        ClaimToScrub claim = aClaim().with(c -> {
            c.lines = List.of(new Line(SERVICE_DATE.minusDays(3), "99213", List.of(), 1, List.of(1),
                    Money.usd("145.00")));
            return c;
        }).build();

        assertThat(TimelyFiling.deadline(claim)).contains(DEADLINE.minusDays(3));
    }

    @Test
    void noDeadlineWithoutThePayersLimitOrADate() {
        assertThat(TimelyFiling.deadline(aClaim().with(c -> {
            c.payer = new Payer("payer-1", 0);
            return c;
        }).build())).isEmpty();
        assertThat(TimelyFiling.deadline(aClaim().with(c -> {
            c.serviceFrom = null;
            c.lines = List.of();
            return c;
        }).build())).isEmpty();
    }

    @Test
    void passesOnTheDeadlineItself() {
        assertThat(rule.check(aClaim().build(), on(DEADLINE))).isEmpty();
    }

    @Test
    void refusesTheDayAfterTheDeadline() {
        List<ClaimEdit> edits = rule.check(aClaim().build(), on(DEADLINE.plusDays(1)));

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(TimelyFiling.NAME);
            assertThat(edit.field()).isEqualTo("serviceFrom");
            assertThat(edit.problem()).isEqualTo("The payer's 90-day limit for a first claim has passed.");
            assertThat(edit.fix()).contains("proof of timely filing");
        });
    }

    @Test
    void refusesAPayerWithoutALimitOnFile() {
        assertThat(rule.check(aClaim().with(c -> {
            c.payer = new Payer("payer-1", 0);
            return c;
        }).build(), on(SERVICE_DATE))).extracting(ClaimEdit::field).containsExactly("payer.initialClaimDays");
    }

    @Test
    void leavesAMissingPayerToRequiredData() {
        assertThat(rule.check(aClaim().with(c -> {
            c.payer = new Payer(" ", 0);
            return c;
        }).build(), on(DEADLINE.plusDays(1)))).isEmpty();
    }
}
