package io.claimline.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HcpcsRecordFileTest {

    @Test
    void theSampleLoadsProceduresAndModifiersWithTheirDates() {
        HcpcsRecordFile.Loaded loaded = SamplesFixture.hcpcs();

        assertThat(loaded.procedures().kind()).isEqualTo(CodeKind.HCPCS_LEVEL_II);
        assertThat(loaded.procedures().size()).isEqualTo(22);
        assertThat(loaded.modifiers().kind()).isEqualTo(CodeKind.MODIFIER);
        assertThat(loaded.modifiers().size()).isEqualTo(11);

        CodeEntry wellness = loaded.procedures().lookup("G0438").orElseThrow();
        // The long description continues on a record 4 line and is joined back together.
        assertThat(wellness.description()).isEqualTo(
                "Annual wellness visit; includes a personalized prevention plan of service (pps), initial visit");
        assertThat(wellness.ranges()).containsExactly(EffectiveRange.from(LocalDate.of(2011, 1, 1)));

        CodeEntry terminated = loaded.procedures().lookup("G2012").orElseThrow();
        assertThat(terminated.ranges())
                .containsExactly(new EffectiveRange(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(terminated.description()).startsWith("Brief communication technology-based service")
                .endsWith("5-10 minutes of medical discussion");

        CodeEntry left = loaded.modifiers().lookup("lt").orElseThrow();
        assertThat(left.description())
                .isEqualTo("Left side (used to identify procedures performed on the left side of the body)");
        assertThat(loaded.modifiers().lookup("GY").orElseThrow().description()).endsWith("is not a contract benefit");
    }

    @Test
    void trimmedTrailingBlanksAreReadAsPadding() {
        String trimmed = record("J1100", "00100", '3', "Injection, dexamethasone sodium phosphate, 1 mg",
                "Dexamethasone sodium phos", "19940101", "19940101", "", "N").stripTrailing();

        HcpcsRecordFile.Loaded loaded = HcpcsRecordFile.load(new StringReader(trimmed));

        assertThat(loaded.procedures().lookup("J1100")).isPresent();
        assertThat(loaded.modifiers().size()).isZero();
    }

    @Test
    void theActionEffectiveDateStandsInForAMissingAddedDate() {
        String line = record("G0463", "00100", '3', "Hospital outpatient clinic visit", "Hospital outpt clinic visit",
                "", "20140101", "", "N");

        CodeEntry entry = HcpcsRecordFile.load(new StringReader(line)).procedures().lookup("G0463").orElseThrow();

        assertThat(entry.ranges()).containsExactly(EffectiveRange.from(LocalDate.of(2014, 1, 1)));
    }

    @Test
    void malformedLinesAreReportedByNumberAndReasonAndNothingIsLoaded() {
        String file = String.join("\n",
                record("J1100", "00100", '3', "Injection, dexamethasone", "Dexamethasone", "19940101", "", "", "N"),
                record("J1100", "00200", '3', "Injection again", "Dexamethasone", "19940101", "", "", "N"),
                record("99213", "00100", '3', "A CPT code", "Cpt", "19940101", "", "", "N"),
                record("J1885", "00100", '5', "Unknown record id", "Ketorolac", "19980101", "", "", "N"),
                record("J3301", "00100", '3', "Injection, triamcinolone", "Triamcinolone", "20001301", "", "", "N"),
                record("J7030", "00100", '3', "Infusion, normal saline", "", "19940101", "", "", "N"),
                record("G0008", "00200", '4', "continuation without a first line", "", "", "", "", ""),
                record("LTX", "00100", '7', "Left side", "Left side", "19930101", "", "", "N"),
                record("K0001", "00100", '3', "Standard wheelchair", "Standard wheelchair", "", "", "", "N"),
                record("G2012", "00100", '3', "Brief check", "Brief chk", "20190101", "", "20181231", "D"),
                record("A4259", "0010X", '3', "Lancets, per box of 100", "Lancets per box", "19930101", "", "", "N"),
                record("V2020", "00100", '3', "Frames, purchases", "Frames purchases", "19930101", "", "", "N") + "X");

        assertThatThrownBy(() -> HcpcsRecordFile.load(new StringReader(file)))
                .isInstanceOfSatisfying(CodeFileRejectedException.class, rejected -> {
                    assertThat(rejected.problems()).extracting(LineProblem::lineNumber)
                            .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
                    assertThat(rejected.problems()).extracting(LineProblem::reason).containsExactly(
                            "the code has a first-line record on an earlier line",
                            "columns 1-5 must be a HCPCS Level II code (a letter A to V and 4 digits)",
                            "column 11 must be the record identification code 3, 4, 7 or 8",
                            "columns 269-276, 277-284 and 285-292 must be dates as CCYYMMDD or blank",
                            "columns 92-119 must hold the short description",
                            "a continuation record (4 or 8) must follow a first line of the same code",
                            "columns 1-2 must be a modifier (2 upper-case letters or digits), columns 3-5 blank",
                            "a first-line record needs the added date (269-276) or the action effective date"
                                    + " (277-284)",
                            "the termination date must not be before the added date",
                            "columns 6-10 must be the sequence number (5 digits)",
                            "longer than the 320-character record");
                    assertThat(rejected).hasMessageStartingWith("HCPCS file rejected, nothing loaded");
                });
    }

    /** One record in the CMS layout, 320 characters, with the fields the loader reads. */
    static String record(String code, String sequence, char recordId, String longDescription,
            String shortDescription, String added, String actionEffective, String terminated, String action) {
        char[] line = new char[HcpcsRecordFile.RECORD_LENGTH];
        Arrays.fill(line, ' ');
        put(line, 1, code);
        put(line, 6, sequence);
        line[10] = recordId;
        put(line, 12, longDescription);
        put(line, 92, shortDescription);
        put(line, 269, added);
        put(line, 277, actionEffective);
        put(line, 285, terminated);
        put(line, 293, action);
        return new String(line);
    }

    private static void put(char[] line, int column, String value) {
        value.getChars(0, value.length(), line, column - 1);
    }
}
