package io.claimline.claims.scrubber;

import static io.claimline.claims.scrubber.ScrubFixtures.aClaim;
import static io.claimline.claims.scrubber.ScrubFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosisQualifierByDateTest {

    private static final LocalDate LAST_ICD_9_DAY = LocalDate.of(2015, 9, 30);
    private static final LocalDate FIRST_ICD_10_DAY = LocalDate.of(2015, 10, 1);

    private final DiagnosisQualifierByDate rule = new DiagnosisQualifierByDate();

    @Test
    void passesIcd10CodesFromTheFirstOfOctober2015() {
        assertThat(rule.check(aClaim().diagnoses("E11.9", "I10").on(FIRST_ICD_10_DAY).build(), context())).isEmpty();
    }

    @Test
    void passesIcd9CodesBeforeIt() {
        assertThat(rule.check(aClaim().diagnoses("250.00", "401.9").on(LAST_ICD_9_DAY).build(), context()))
                .isEmpty();
    }

    @Test
    void passesCodesThatFitBothSystems() {
        // V72.31 is an ICD-9-CM V code and has the shape of an ICD-10-CM code: it cannot be told apart by format.
        assertThat(rule.check(aClaim().diagnoses("V72.31").on(LAST_ICD_9_DAY).build(), context())).isEmpty();
        assertThat(rule.check(aClaim().diagnoses("V72.31").on(FIRST_ICD_10_DAY).build(), context())).isEmpty();
    }

    @Test
    void refusesAnIcd9CodeForAServiceFromOctober2015() {
        List<ClaimEdit> edits = rule.check(aClaim().diagnoses("E11.9", "250.00").on(FIRST_ICD_10_DAY).build(),
                context());

        assertThat(edits).extracting(ClaimEdit::field).contains("diagnoses[1]");
        assertThat(edits).filteredOn(edit -> edit.field().equals("diagnoses[1]")).singleElement()
                .satisfies(edit -> {
                    assertThat(edit.rule()).isEqualTo(DiagnosisQualifierByDate.NAME);
                    assertThat(edit.problem()).isEqualTo("Diagnosis 2 is an ICD-9-CM code, but services from"
                            + " 1 October 2015 are coded in ICD-10-CM.");
                    assertThat(edit.fix()).isEqualTo("Code the diagnosis in ICD-10-CM.");
                });
    }

    @Test
    void refusesAnIcd10CodeForAServiceBeforeOctober2015() {
        assertThat(rule.check(aClaim().diagnoses("I10").on(LAST_ICD_9_DAY).build(), context()))
                .extracting(ClaimEdit::field, ClaimEdit::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("diagnoses[0]", "Diagnosis 1 is an ICD-10-CM"
                        + " code, but services before 1 October 2015 are coded in ICD-9-CM."));
    }

    @Test
    void refusesAClaimMixingTheSystems() {
        assertThat(rule.check(aClaim().diagnoses("E11.9", "401.9").build(), context()))
                .extracting(ClaimEdit::field).containsExactly("diagnoses", "diagnoses[1]");
    }

    @Test
    void refusesDatesSpanningTheSwitch() {
        List<ClaimEdit> edits = rule.check(aClaim().diagnoses("250.00").with(c -> {
            c.serviceFrom = LAST_ICD_9_DAY;
            c.serviceTo = FIRST_ICD_10_DAY;
            return c;
        }).build(), context());

        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.field()).isEqualTo("serviceTo");
            assertThat(edit.fix()).startsWith("Split the claim");
        });
    }
}
