package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static io.claimline.claims.scrubber.ScrubFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosisPointersTest {

    private final DiagnosisPointers rule = new DiagnosisPointers();

    @Test
    void passesPointersToTheClaimsDiagnoses() {
        assertThat(rule.check(aClaim().lines(line("99213", "1.00", 2, 1), line("36415", "1.00", 1)).build(),
                context())).isEmpty();
    }

    @Test
    void refusesAPointerPastTheLastDiagnosis() {
        List<ClaimEdit> edits = rule.check(aClaim().lines(line("99213", "1.00", 1), line("36415", "1.00", 1, 3))
                .build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.rule()).isEqualTo(DiagnosisPointers.NAME);
            assertThat(edit.field()).isEqualTo("lines[1].diagnosisPointers[1]");
            assertThat(edit.problem()).isEqualTo("Line 2 points to diagnosis 3, but the claim has 2 diagnoses.");
            assertThat(edit.fix()).isEqualTo("Point the line to the diagnoses (1 to 2) that justify the service.");
        });
    }

    @Test
    void refusesAPointerOfZero() {
        assertThat(rule.check(aClaim().lines(line("99213", "1.00", 0)).build(), context()))
                .extracting(ClaimEdit::field).containsExactly("lines[0].diagnosisPointers[0]");
    }

    @Test
    void refusesTheSamePointerTwiceOnALine() {
        assertThat(rule.check(aClaim().lines(line("99213", "1.00", 1, 2, 1)).build(), context()))
                .extracting(ClaimEdit::field, ClaimEdit::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].diagnosisPointers[2]",
                        "Line 1 points to diagnosis 1 more than once."));
    }
}
