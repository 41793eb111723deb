package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static io.claimline.claims.scrubber.ScrubFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.platform.kernel.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalEqualsLinesTest {

    private final TotalEqualsLines rule = new TotalEqualsLines();

    @Test
    void passesATotalEqualToTheSumOfTheLines() {
        assertThat(rule.check(aClaim().lines(line("99213", "125.10", 1), line("36415", "19.95", 1)).build(),
                context())).isEmpty();
    }

    @Test
    void refusesATotalOneCentOff() {
        List<ClaimEdit> edits = rule.check(aClaim().with(c -> {
            c.totalCharge = Money.usd("145.01");
            return c;
        }).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(TotalEqualsLines.NAME);
            assertThat(edit.field()).isEqualTo("totalCharge");
            assertThat(edit.problem()).isEqualTo("The total charge 145.01 does not equal the sum of the line"
                    + " charges, 145.00.");
        });
    }

    @Test
    void refusesATotalOfAClaimWithoutLines() {
        assertThat(rule.check(aClaim().with(c -> {
            c.lines = List.of();
            return c;
        }).build(), context())).extracting(ClaimEdit::field).containsExactly("totalCharge");
    }

    @Test
    void refusesChargesInAnotherCurrency() {
        assertThat(rule.check(aClaim().with(c -> {
            c.lines = List.of(new Line(SERVICE_DATE, "99213", List.of(), 1, List.of(1),
                    Money.of("145.00", Currency.getInstance("EUR"))));
            return c;
        }).build(), context())).extracting(ClaimEdit::field).containsExactly("totalCharge");
    }

    @Test
    void leavesAMissingChargeToRequiredData() {
        assertThat(rule.check(aClaim().with(c -> {
            c.lines = List.of(new Line(SERVICE_DATE, "99213", List.of(), 1, List.of(1), null));
            return c;
        }).build(), context())).isEmpty();
    }
}
