package io.claimline.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12RejectedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Claim837ReaderTest {

    private final Claim837Reader reader = new Claim837Reader();
    private final String fourLines = new Claim837Writer().write(DemoClaims.fourLinesWithModifiers());

    /** Replaces (or, with null, removes) the first segment starting with {@code prefix}. */
    private static String replace(String interchange, String prefix, String replacement) {
        List<String> segments = new ArrayList<>(Claim837WriterTest.segments(interchange));
        int index = indexOf(segments, prefix);
        if (replacement == null) {
            segments.remove(index);
        } else {
            segments.set(index, replacement);
        }
        return String.join("~", segments) + "~";
    }

    private static int indexOf(List<String> segments, String prefix) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no segment " + prefix);
    }

    /** 1-based position of a segment in the interchange (ISA = 1), as X12Error reports it. */
    private int position(String prefix) {
        return indexOf(Claim837WriterTest.segments(fourLines), prefix) + 1;
    }

    private static List<X12Error> errors(Runnable read) {
        try {
            read.run();
        } catch (X12RejectedException rejected) {
            return rejected.errors();
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void readsWhatTheWriterWrote() {
        assertThat(reader.read(fourLines)).isEqualTo(DemoClaims.fourLinesWithModifiers());
        assertThat(reader.read(new ByteArrayInputStream(fourLines.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(DemoClaims.fourLinesWithModifiers());
    }

    @Test
    void acceptsAnySeparatorsTheIsaDeclares() {
        // '|' as the component separator (ISA16) and '!' as the repetition separator (ISA11), newlines between segments
        String isa = fourLines.substring(0, 106);
        String declared = isa.substring(0, 82) + "!" + isa.substring(83, 104) + "|~";
        String body = fourLines.substring(106).replace(':', '|').replace("~", "~\r\n");
        assertThat(reader.read(declared + body)).isEqualTo(DemoClaims.fourLinesWithModifiers());
    }

    @Test
    void rejectsACodeTheGuideDoesNotAllowAtItsSegmentAndElement() {
        String badFacilityQualifier = replace(fourLines, "CLM*", "CLM*CL-000103*370.75***11:A:1*Y*A*Y*Y");
        assertThat(errors(() -> reader.read(badFacilityQualifier)))
                .contains(new X12Error(position("CLM*"), "CLM", 5, "code value not allowed by the implementation guide"));
    }

    @Test
    void rejectsAClaimWithoutDiagnoses() {
        String noHi = replace(fourLines, "HI*", null).replace("SE*51*", "SE*50*");
        assertThat(errors(() -> reader.read(noHi))).extracting(X12Error::segmentId, X12Error::reason)
                .contains(tuple("HI", "required segment missing"));
    }

    @Test
    void rejectsAWrongSegmentCount() {
        String wrongCount = fourLines.replace("SE*51*0003", "SE*50*0003");
        assertThat(errors(() -> reader.read(wrongCount))).extracting(X12Error::segmentId, X12Error::reason)
                .contains(tuple("SE", "control count does not match the actual count"));
    }

    @Test
    void rejectsAPatientLevelPointingAtTheWrongParent() {
        String wrongParent = replace(fourLines, "HL*3*", "HL*3*1*23*0");
        assertThat(errors(() -> reader.read(wrongParent)))
                .contains(new X12Error(position("HL*3*"), "HL", 2, "parent must be an earlier level 22 HL"));
    }

    @Test
    void rejectsATotalThatIsNotTheSumOfTheLinesAtTheClaim() {
        String wrongTotal = replace(fourLines, "CLM*", "CLM*CL-000103*999***11:B:1*Y*A*Y*Y");
        X12RejectedException rejected = (X12RejectedException) catchThrowable(
                () -> reader.read(wrongTotal));
        assertThat(rejected.errors()).containsExactly(new X12Error(position("CLM*"), "CLM", null,
                "claim.totalCharge must equal the sum of the lines' charges"));
        assertThat(rejected.getMessage()).doesNotContain("999").doesNotContain("QUILL");
    }

    @Test
    void rejectsAPointerPastTheDiagnosesAndAnInvalidDateWithTheirPositions() {
        String badPointer = replace(fourLines, "SV1*HC:90715", "SV1*HC:90715*48.25*UN*1***4");
        assertThat(errors(() -> reader.read(badPointer))).containsExactly(new X12Error(position("CLM*"), "CLM", null,
                "line.diagnosisPointers must point at one of the claim's diagnoses"));
        String badDate = replace(fourLines, "DMG*D8*2015", "DMG*D8*20151131*M");
        assertThat(errors(() -> reader.read(badDate))).containsExactly(
                new X12Error(position("DMG*D8*2015"), "DMG", null, "invalid date"));
    }

    @Test
    void rejectsAnInvalidNpiInTheFile() {
        String badNpi = replace(fourLines, "NM1*82*", "NM1*82*1*LINDQVIST*ADA****XX*1666666669");
        assertThat(errors(() -> reader.read(badNpi))).containsExactly(new X12Error(position("NM1*82*"), "NM1", null,
                "renderingProvider.npi must be a 10-digit NPI with a valid check digit"));
    }

    @Test
    void rejectsTruncatedAndForeignInput() {
        assertThatThrownBy(() -> reader.read(fourLines.substring(0, fourLines.length() / 2)))
                .isInstanceOf(X12RejectedException.class);
        assertThatThrownBy(() -> reader.read("")).isInstanceOf(X12RejectedException.class);
        String eligibility = fourLines.replace("GS*HC*", "GS*HS*");
        assertThat(errors(() -> reader.read(eligibility))).extracting(X12Error::reason)
                .contains("functional group must be HC");
    }

    @Test
    void appliesTheReadLimits() {
        Claim837Reader small = new Claim837Reader(new ReadLimits(1_000, 50_000));
        assertThat(errors(() -> small.read(fourLines))).extracting(X12Error::reason)
                .containsExactly("input is larger than the limit of 1000 bytes");
    }
}
