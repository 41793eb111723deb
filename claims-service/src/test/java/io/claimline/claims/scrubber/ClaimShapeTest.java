package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.SERVICE_DATE;
import static io.claimline.claims.scrubber.ScrubFixtures.TODAY;
import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static io.claimline.claims.scrubber.ScrubFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.claims.scrubber.ClaimToScrub.Line;
import io.claimline.platform.kernel.Money;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClaimShapeTest {

    private final ClaimShape rule = new ClaimShape();

    private List<String> fields(ClaimToScrub claim) {
        return rule.check(claim, context()).stream().map(ClaimEdit::field).toList();
    }

    private static Line lineWith(List<String> modifiers, int units, List<Integer> pointers, String charge) {
        return new Line(SERVICE_DATE, "99213", modifiers, units, pointers, Money.usd(charge));
    }

    @Test
    void passesAClaimAtEveryLimit() {
        String[] twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> "E11.9").toArray(String[]::new);
        Line[] fifty = Collections.nCopies(50, lineWith(List.of("25", "59", "GA", "XU"), 1, List.of(1, 2, 3, 4),
                "0.00")).toArray(Line[]::new);

        assertThat(fields(aClaim().diagnoses(twelve).lines(fifty).build())).isEmpty();
    }

    @Test
    void refusesThirteenDiagnoses() {
        String[] thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> "E11.9").toArray(String[]::new);

        List<ClaimEdit> edits = rule.check(aClaim().diagnoses(thirteen).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(ClaimShape.NAME);
            assertThat(edit.field()).isEqualTo("diagnoses");
            assertThat(edit.problem()).isEqualTo("The claim has 13 diagnoses; a claim carries at most 12.");
        });
    }

    @Test
    void refusesAClaimWithoutLines() {
        assertThat(fields(aClaim().lines().build())).containsExactly("lines");
    }

    @Test
    void refusesFiftyOneLines() {
        assertThat(fields(aClaim().lines(Collections.nCopies(51, line("99213", "1.00", 1)).toArray(Line[]::new))
                .build())).containsExactly("lines");
    }

    @Test
    void refusesFiveModifiersOnALine() {
        assertThat(fields(aClaim().lines(line("99213", "1.00", 1), lineWith(List.of("25", "59", "GA", "XU", "76"),
                1, List.of(1), "1.00")).build())).containsExactly("lines[1].modifiers");
    }

    @Test
    void refusesALineWithoutPointersOrWithFive() {
        assertThat(fields(aClaim().diagnoses("E11.9", "I10", "E11.9", "I10", "E11.9")
                .lines(lineWith(List.of(), 1, List.of(), "1.00"), lineWith(List.of(), 1, List.of(1, 2, 3, 4, 5),
                        "1.00")).build()))
                .containsExactly("lines[0].diagnosisPointers", "lines[1].diagnosisPointers");
    }

    @Test
    void refusesZeroUnits() {
        assertThat(fields(aClaim().lines(lineWith(List.of(), 0, List.of(1), "1.00")).build()))
                .containsExactly("lines[0].units");
    }

    @Test
    void refusesANegativeCharge() {
        assertThat(fields(aClaim().lines(lineWith(List.of(), 1, List.of(1), "-5.00")).build()))
                .containsExactly("lines[0].charge");
    }

    @Test
    void refusesALastDateBeforeTheFirst() {
        assertThat(fields(aClaim().with(c -> {
            c.serviceTo = SERVICE_DATE.minusDays(1);
            return c;
        }).build())).containsExactly("serviceTo", "lines[0].serviceDate", "lines[1].serviceDate");
    }

    @Test
    void refusesALineDatedOutsideTheClaimsDates() {
        assertThat(fields(aClaim().lines(line("99213", "1.00", 1), new Line(SERVICE_DATE.plusDays(1), "36415",
                List.of(), 1, List.of(1), Money.usd("1.00"))).build())).containsExactly("lines[1].serviceDate");
    }

    @Test
    void refusesServicesInTheFuture() {
        assertThat(fields(aClaim().on(TODAY.plusDays(1)).build())).containsExactly("serviceTo");
    }

    @Test
    void passesAServiceGivenToday() {
        assertThat(fields(aClaim().on(TODAY).build())).isEmpty();
    }
}
