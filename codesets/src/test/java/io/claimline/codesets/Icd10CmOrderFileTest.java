package io.claimline.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Icd10CmOrderFileTest {

    private static final EffectiveRange FY2026 = EffectiveRange.icd10CmFiscalYear(2026);

    @Test
    void theSampleLoadsEveryRowWithHeadersMarkedNotBillable() {
        CodeSet set = SamplesFixture.icd10Cm2026();

        assertThat(set.kind()).isEqualTo(CodeKind.ICD_10_CM);
        assertThat(set.size()).isEqualTo(46);
        CodeEntry fracture = set.lookup("S52.521A").orElseThrow();
        assertThat(fracture.code()).isEqualTo("S52521A");
        assertThat(fracture.billable()).isTrue();
        assertThat(fracture.description())
                .isEqualTo("Torus fracture of lower end of right radius, initial encounter for closed fracture");
        assertThat(fracture.ranges()).containsExactly(
                new EffectiveRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)));
        assertThat(set.lookup("E11").orElseThrow().billable()).isFalse();
        assertThat(set.lookup("M545").orElseThrow().billable()).isFalse();
        assertThat(set.lookup("U07.1").orElseThrow().billable()).isTrue();
        assertThat(set.entries()).filteredOn(entry -> !entry.billable()).hasSize(18);
    }

    @Test
    void malformedLinesAreReportedByNumberAndReasonAndNothingIsLoaded() {
        String file = String.join("\n",
                line("00001", "I10", '1', "Essential (primary) hypertension", "Essential (primary) hypertension"),
                line("00002", "E11.9", '1', "Type 2 diabetes", "Type 2 diabetes mellitus without complications"),
                line("00003", "E11", '2', "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
                "00004 R05     0 Cough",
                line("0000X", "R051", '1', "Acute cough", "Acute cough"),
                line("00006", "I10", '1', "Essential (primary) hypertension", "Essential (primary) hypertension"),
                line("00007", "z23", '1', "Encounter for immunization", "Encounter for immunization"),
                line("00008", "R509", '1', "Fever, unspecified", " "),
                line("00009", "R519", '1', "Headache, unspecified", "Headache, unspecified"));

        assertThatThrownBy(() -> Icd10CmOrderFile.load(new StringReader(file), FY2026))
                .isInstanceOfSatisfying(CodeFileRejectedException.class, rejected -> {
                    assertThat(rejected.problems()).extracting(LineProblem::lineNumber)
                            .containsExactly(2, 3, 4, 5, 6, 7, 8);
                    assertThat(rejected.problems().get(0).reason()).contains("columns 7-13", "without the dot");
                    assertThat(rejected.problems().get(1).reason()).contains("column 15", "0", "1");
                    assertThat(rejected.problems().get(2).reason()).contains("column 78");
                    assertThat(rejected.problems().get(3).reason()).contains("order number");
                    assertThat(rejected.problems().get(4).reason()).contains("earlier line");
                    assertThat(rejected.problems().get(5).reason()).contains("upper case");
                    assertThat(rejected.problems().get(6).reason()).contains("long description");
                    assertThat(rejected).hasMessageStartingWith("ICD-10-CM order file rejected, nothing loaded"
                            + " (7 malformed lines); line 2: ");
                });
    }

    @Test
    void misplacedBlanksAreMalformed() {
        String shifted = " " + line("00001", "I10", '1', "Essential (primary) hypertension", "Essential");

        assertThatThrownBy(() -> Icd10CmOrderFile.load(new StringReader(shifted), FY2026))
                .isInstanceOfSatisfying(CodeFileRejectedException.class, rejected ->
                        assertThat(rejected.problems()).singleElement()
                                .isEqualTo(new LineProblem(1, "columns 1-5 must be the order number (5 digits)")));
    }

    @Test
    void emptyLinesAreSkippedAndCountedInLineNumbers() {
        String file = line("00001", "I10", '1', "Essential (primary) hypertension", "Essential") + "\n\n"
                + line("00002", "I1", '1', "Too short", "Too short") + "\n";

        assertThatThrownBy(() -> Icd10CmOrderFile.load(new StringReader(file), FY2026))
                .isInstanceOfSatisfying(CodeFileRejectedException.class, rejected ->
                        assertThat(rejected.problems()).extracting(LineProblem::lineNumber).containsExactly(3));
    }

    @Test
    void theFiscalYearRunsFromOctoberToSeptember() {
        assertThat(EffectiveRange.icd10CmFiscalYear(2026))
                .isEqualTo(new EffectiveRange(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)));
    }

    static String line(String order, String code, char flag, String shortDescription, String longDescription) {
        return String.format("%s %-7s %c %-60s %s", order, code, flag, shortDescription, longDescription);
    }
}
