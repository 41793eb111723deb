package io.claimline.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.Segment;
import io.claimline.x12.X12Reader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Eligibility270WriterTest {

    private final Eligibility270Writer writer = new Eligibility270Writer();

    private static List<String> segments(String interchange) {
        return Arrays.stream(interchange.split("~")).toList();
    }

    private static List<String> elements(String segment) {
        return Arrays.asList(segment.split("\\*", -1));
    }

    @Nested
    class SubscriberIsThePatient {

        private final String interchange = writer.write(Inquiries.forSubscriber());
        private final List<String> segments = segments(interchange);

        @Test
        void matchesTheGoldenFile() {
            assertThat(interchange.replace("~", "~\n")).isEqualTo(Responses.load("270-subscriber.edi"));
        }

        @Test
        void conformsToThe270ImplementationSchema() {
            List<Segment> read = X12Reader.read(interchange, EligibilityGuides.INQUIRY_270, ReadLimits.DEFAULT);
            assertThat(read).extracting(Segment::id).containsExactly("ISA", "GS", "ST", "BHT", "HL", "NM1", "HL",
                    "NM1", "HL", "TRN", "NM1", "DMG", "DTP", "EQ", "SE", "GE", "IEA");
            assertThat(read).filteredOn(s -> s.id().equals("EQ")).extracting(Segment::loop).containsExactly("2110C");
        }

        @Test
        void writesAFixedWidthIsaWithOurSeparators() {
            String isa = segments.get(0);
            assertThat(isa).hasSize(105); // 106 with the segment terminator
            assertThat(interchange.charAt(103)).isEqualTo('*');
            assertThat(interchange.charAt(104)).isEqualTo(':');
            assertThat(interchange.charAt(105)).isEqualTo('~');
            assertThat(elements(isa)).containsExactly("ISA", "00", "          ", "00", "          ", "ZZ",
                    "CLAIMLINE      ", "ZZ", "CLEARHOUSE01   ", "260302", "0941", "^", "00501", "000001234", "0", "T",
                    ":");
        }

        @Test
        void controlNumbersMatchBetweenHeadersAndTrailers() {
            List<String> isa = elements(segments.get(0));
            List<String> gs = elements(segments.get(1));
            List<String> st = elements(segments.get(2));
            List<String> se = elements(segments.get(segments.size() - 3));
            List<String> ge = elements(segments.get(segments.size() - 2));
            List<String> iea = elements(segments.get(segments.size() - 1));
            assertThat(st.get(2)).isEqualTo(se.get(2)).isEqualTo("0001");
            assertThat(gs.get(6)).isEqualTo(ge.get(2)).isEqualTo("5678");
            assertThat(isa.get(13)).isEqualTo(iea.get(2)).isEqualTo("000001234");
            assertThat(ge.get(1)).isEqualTo("1");
            assertThat(iea.get(1)).isEqualTo("1");
        }

        @Test
        void seCountsTheSegmentsFromStToSe() {
            int st = 2;
            int se = segments.size() - 3;
            assertThat(elements(segments.get(se)).get(1)).isEqualTo(String.valueOf(se - st + 1));
        }

        @Test
        void namesTheGuideInGsAndSt() {
            assertThat(elements(segments.get(1))).containsSubsequence("HS", "X", "005010X279A1");
            assertThat(elements(segments.get(2))).containsExactly("ST", "270", "0001", "005010X279A1");
            assertThat(elements(segments.get(3))).containsExactly("BHT", "0022", "13", "REQ-000045", "20260302", "0941");
        }

        @Test
        void numbersHierarchicalLevelsWithTheirParents() {
            assertThat(segments).filteredOn(s -> s.startsWith("HL*"))
                    .containsExactly("HL*1**20*1", "HL*2*1*21*1", "HL*3*2*22*0");
        }

        @Test
        void identifiesPayerProviderAndSubscriber() {
            assertThat(segments).contains(
                    "NM1*PR*2*LAKESIDE HEALTH PLAN*****PI*LHP01",
                    "NM1*1P*2*BIRCHWOOD FAMILY CLINIC*****XX*1999999984",
                    "TRN*1*ELIG-7F3A-0001*1987654321",
                    "NM1*IL*1*QUILL*MARTA****MI*W900112233",
                    "DMG*D8*19840719*F",
                    "DTP*291*D8*20260302",
                    "EQ*30");
        }
    }

    @Nested
    class DependentIsThePatient {

        private final String interchange = writer.write(Inquiries.forDependent());
        private final List<String> segments = segments(interchange);

        @Test
        void matchesTheGoldenFile() {
            assertThat(interchange.replace("~", "~\n")).isEqualTo(Responses.load("270-dependent.edi"));
        }

        @Test
        void addsTheDependentLevelUnderTheSubscriber() {
            assertThat(segments).filteredOn(s -> s.startsWith("HL*"))
                    .containsExactly("HL*1**20*1", "HL*2*1*21*1", "HL*3*2*22*1", "HL*4*3*23*0");
            List<Segment> read = X12Reader.read(interchange, EligibilityGuides.INQUIRY_270, ReadLimits.DEFAULT);
            assertThat(read).filteredOn(s -> s.id().equals("NM1") && s.value(1).equals("03"))
                    .extracting(Segment::loop).containsExactly("2100D");
        }

        @Test
        void putsTraceDateAndServiceTypesAtTheDependentsLevel() {
            int dependentHl = segments.indexOf("HL*4*3*23*0");
            assertThat(segments.subList(dependentHl, segments.size())).containsSubsequence(
                    "TRN*1*ELIG-7F3A-0001*1987654321", "NM1*03*1*QUILL*TEO", "DMG*D8*20151103*M", "INS*N*19",
                    "DTP*291*D8*20260302", "EQ*30^98");
            assertThat(segments.subList(0, dependentHl)).noneMatch(s -> s.startsWith("TRN") || s.startsWith("EQ"));
        }

        @Test
        void seCountIncludesTheDependentLoop() {
            assertThat(segments).contains("SE*17*0001");
        }
    }

    @Nested
    class CharacterRule {

        @Test
        void cleansNamesToUpperCaseBasicCharacters() {
            Person person = new Person("O'Brien-Núñez*~", "  Zoë:^ ", "W900112233", LocalDate.of(1990, 1, 2), Sex.MALE);
            String interchange = writer.write(Inquiries.withSubscriber(person));
            assertThat(segments(interchange)).contains("NM1*IL*1*O'BRIEN-NUNEZ*ZOE****MI*W900112233");
        }

        @Test
        void rejectsIdentifiersWithSeparatorsNamingTheFieldNotTheValue() {
            assertThatThrownBy(() -> new Person("Quill", "Marta", "W900*112233", LocalDate.of(1984, 7, 19), Sex.FEMALE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("subscriber.memberId")
                    .hasMessageNotContaining("W900");
        }

        @Test
        void rejectsNamesThatHoldNoLetters() {
            assertThatThrownBy(() -> new Person("~*:", "Marta", "W900112233", LocalDate.of(1984, 7, 19), Sex.FEMALE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("subscriber.lastName");
        }

        @Test
        void leavesOutTheGenderTheGuideCannotCode() {
            Person person = new Person("Quill", "Marta", "W900112233", LocalDate.of(1984, 7, 19), Sex.UNKNOWN);
            assertThat(segments(writer.write(Inquiries.withSubscriber(person)))).contains("DMG*D8*19840719");
        }

        @Test
        void refusesATraceOriginatorThatIsNotTenCharacters() {
            EligibilityInquiry base = Inquiries.forSubscriber();
            assertThatThrownBy(() -> new EligibilityInquiry(base.envelope(), base.bhtReference(), base.source(),
                    base.receiver(), base.subscriber(), base.dependent(), base.traceNumber(), "12345",
                    base.dateOfService(), base.serviceTypeCodes()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("traceOriginatorId");
        }
    }
}
