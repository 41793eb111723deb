package io.claimline.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.eligibility.EligibilityResponse.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Eligibility271ReaderTest {

    private final Eligibility271Reader reader = new Eligibility271Reader();

    private X12RejectedException rejectionOf(String interchange) {
        return catchThrowableOfType(X12RejectedException.class, () -> reader.read(interchange));
    }

    private static String replaced(String interchange, String from, String to) {
        assertThat(interchange).contains(from); // a mutation that misses its target would prove nothing
        return interchange.replace(from, to);
    }

    @Nested
    class ConformingResponses {

        @Test
        void readsAnActiveSubscriberWithBenefits() {
            EligibilityResponse response = reader.read(Responses.activeSubscriber());

            assertThat(response.status()).isEqualTo(Status.ACTIVE);
            assertThat(response.traceNumber()).isEqualTo("ELIG-7F3A-0001");
            assertThat(response.rejections()).isEmpty();
            assertThat(response.payerName()).isEqualTo("LAKESIDE HEALTH PLAN");
            assertThat(response.memberId()).isEqualTo("W900112233");
            assertThat(response.planName()).isEqualTo("LAKESIDE GOLD PPO");
            assertThat(response.planBegin()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(response.planEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void prefersInNetworkIndividualFigures() {
            Benefits benefits = reader.read(Responses.activeSubscriber()).benefits();

            assertThat(benefits.copay()).isEqualByComparingTo("25.00"); // not the out-of-network 40
            assertThat(benefits.coinsurance()).isEqualByComparingTo("0.20");
            assertThat(benefits.deductible()).isEqualByComparingTo("1500.00"); // not the family 3000
            assertThat(benefits.deductibleRemaining()).isEqualByComparingTo("1125.50");
            assertThat(benefits.outOfPocket()).isEqualByComparingTo("6000.00");
            assertThat(benefits.outOfPocketRemaining()).isEqualByComparingTo("5480.00");
            assertThat(benefits.copay().scale()).isEqualTo(2);
        }

        @Test
        void readsAnInactiveCoverageWithItsPlanPeriod() {
            EligibilityResponse response = reader.read(Responses.inactive());

            assertThat(response.status()).isEqualTo(Status.INACTIVE);
            assertThat(response.planName()).isEqualTo("LAKESIDE SILVER HMO");
            assertThat(response.planBegin()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(response.planEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(response.benefits()).isEqualTo(Benefits.NONE);
        }

        @Test
        void reportsAnUnknownMemberAsARejectionAtTheSubscriberLevel() {
            EligibilityResponse response = reader.read(Responses.unknownMember());

            assertThat(response.status()).isEqualTo(Status.REJECTED);
            assertThat(response.rejections()).containsExactly(
                    new Rejection("2100C", "75", "C", "Subscriber/insured not found"));
            assertThat(response.rejections().get(0).followUpDescription()).isEqualTo("Please correct and resubmit");
            assertThat(response.benefits()).isEqualTo(Benefits.NONE);
        }

        @Test
        void describesCommonRejectReasons() {
            assertThat(RejectReasons.reason("72")).isEqualTo("Invalid or missing subscriber/insured ID");
            assertThat(RejectReasons.reason("73")).isEqualTo("Invalid or missing subscriber/insured name");
            assertThat(RejectReasons.reason("58")).isEqualTo("Invalid or missing date of birth");
            assertThat(RejectReasons.reason("42")).isEqualTo("Unable to respond at current time");
            assertThat(RejectReasons.reason("ZZ")).isEqualTo("Reject reason code ZZ");
        }

        @Test
        void takesBenefitsFromTheDependentLevelWhenPresent() {
            EligibilityResponse response = reader.read(Responses.dependent());

            assertThat(response.status()).isEqualTo(Status.ACTIVE);
            assertThat(response.traceNumber()).isEqualTo("ELIG-7F3A-0004");
            assertThat(response.memberId()).isEqualTo("W900112233");
            assertThat(response.benefits().copay()).isEqualByComparingTo("15.00"); // the subscriber's is 25
            assertThat(response.benefits().deductible()).isEqualByComparingTo("500.00");
            assertThat(response.planBegin()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(response.planEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        }

        @Test
        void readsFromAStream() {
            byte[] bytes = Responses.activeSubscriber().getBytes(StandardCharsets.US_ASCII);
            assertThat(reader.read(new ByteArrayInputStream(bytes)).status()).isEqualTo(Status.ACTIVE);
        }
    }

    @Nested
    class NonConformingResponses {

        @Test
        void rejectsAMissingRequiredLoop() {
            String missingPayerName = replaced(Responses.activeSubscriber(),
                    "NM1*PR*2*LAKESIDE HEALTH PLAN*****PI*LHP01~\n", "");

            assertThat(rejectionOf(missingPayerName).errors())
                    .contains(new X12Error(6, null, null, "required loop 2100A missing"));
        }

        @Test
        void rejectsAMissingRequiredSegment() {
            String missingBht = replaced(Responses.inactive(), "BHT*0022*11*REQ-000045*20260302*0942~\n", "");

            assertThat(rejectionOf(missingBht).errors())
                    .contains(new X12Error(4, "BHT", null, "required segment missing"));
        }

        @Test
        void rejectsACodeValueTheGuideDoesNotAllow() {
            String badCode = replaced(Responses.activeSubscriber(), "EB*1*IND*30**", "EB*Z*IND*30**");

            assertThat(rejectionOf(badCode).errors()).containsExactly(
                    new X12Error(18, "EB", 1, "code value not allowed by the implementation guide"));
        }

        @Test
        void rejectsAWrongHierarchicalParent() {
            String wrongParent = replaced(Responses.activeSubscriber(), "HL*3*2*22*0", "HL*3*1*22*0");

            assertThat(rejectionOf(wrongParent).errors()).containsExactly(
                    new X12Error(9, "HL", 2, "parent must be an earlier level 21 HL"));
        }

        @Test
        void rejectsAWrongSegmentCount() {
            String wrongCount = replaced(Responses.activeSubscriber(), "SE*26*0001", "SE*25*0001");

            assertThat(rejectionOf(wrongCount).errors()).containsExactly(
                    new X12Error(28, "SE", 1, "control count does not match the actual count"));
        }

        @Test
        void rejectsAnotherGuideVersionInGs08() {
            String otherVersion = replaced(Responses.activeSubscriber(), "*871*X*005010X279A1~", "*871*X*005010X279~");

            assertThat(rejectionOf(otherVersion).errors()).containsExactly(
                    new X12Error(2, "GS", 8, "version must be 005010X279A1"));
        }

        @Test
        void rejectsAnImpossibleDate() {
            String badDate = replaced(Responses.activeSubscriber(), "DTP*346*D8*20260101", "DTP*346*D8*20261301");

            assertThat(rejectionOf(badDate).errors()).containsExactly(
                    new X12Error(16, "DTP", 3, "date must be a valid CCYYMMDD date"));
        }

        @Test
        void rejectsAResponseAboutSeveralSubscribers() {
            String second = "HL*4*2*22*0~\nTRN*2*ELIG-7F3A-0009*1987654321~\nNM1*IL*1*OKAFOR*ADA****MI*W900445567~\n"
                    + "EB*1*IND*30~\n";
            String twoSubscribers = replaced(Responses.inactive(), "SE*13*0001~", second + "SE*17*0001~");

            assertThat(rejectionOf(twoSubscribers).errors()).containsExactly(new X12Error(15, "HL", 3,
                    "more than one subscriber in the response; an inquiry is about one patient"));
        }

        @Test
        void keepsPhiOutOfToString() {
            EligibilityResponse response = reader.read(Responses.activeSubscriber());
            assertThat(response.toString()).doesNotContain("W900112233").contains("ACTIVE");
            assertThat(Inquiries.forDependent().toString()).doesNotContain("QUILL", "Quill", "W900112233", "1984");
        }

        @Test
        void reportsEveryErrorAndNeverAValue() {
            String twoErrors = replaced(replaced(Responses.activeSubscriber(), "EB*1*IND*30**", "EB*Z*IND*30**"),
                    "HL*3*2*22*0", "HL*3*1*22*0");

            X12RejectedException rejection = rejectionOf(twoErrors);
            assertThat(rejection.errors()).hasSize(2);
            assertThat(rejection.getMessage())
                    .contains("segment 18 (EB), element 1", "segment 9 (HL), element 2")
                    .doesNotContain("QUILL", "W900112233", "LAKESIDE", "Z*");
        }
    }

    @Nested
    class MalformedInput {

        @Test
        void rejectsGarbage() {
            assertThat(rejectionOf("this is not an interchange at all").errors()).singleElement()
                    .satisfies(error -> assertThat(error.reason()).contains("not a readable X12 interchange"));
        }

        @Test
        void rejectsEmptyInput() {
            assertThat(rejectionOf("").errors()).isNotEmpty();
        }

        @Test
        void rejectsATruncatedInterchange() {
            String full = Responses.activeSubscriber();
            assertThat(rejectionOf(full.substring(0, full.indexOf("EB*C*FAM"))).errors()).isNotEmpty();
        }

        @Test
        void rejectsElementSeparatorsThatDisagreeWithTheIsa() {
            String full = Responses.activeSubscriber();
            int afterIsa = full.indexOf("GS*");
            String mixed = full.substring(0, afterIsa) + full.substring(afterIsa).replace('*', '|');
            assertThat(rejectionOf(mixed).errors()).isNotEmpty();
        }

        @Test
        void rejectsInputOverTheByteCap() {
            Eligibility271Reader small = new Eligibility271Reader(new ReadLimits(500, 1000));
            X12RejectedException rejection = catchThrowableOfType(X12RejectedException.class,
                    () -> small.read(Responses.activeSubscriber()));
            assertThat(rejection.errors()).containsExactly(
                    new X12Error(0, null, null, "input is larger than the limit of 500 bytes"));
            X12RejectedException fromStream = catchThrowableOfType(X12RejectedException.class,
                    () -> small.read(new ByteArrayInputStream(Responses.activeSubscriber().getBytes())));
            assertThat(fromStream.errors()).isEqualTo(rejection.errors());
        }

        @Test
        void rejectsInputOverTheSegmentCap() {
            Eligibility271Reader few = new Eligibility271Reader(new ReadLimits(1_000_000, 10));
            X12RejectedException rejection = catchThrowableOfType(X12RejectedException.class,
                    () -> few.read(Responses.activeSubscriber()));
            assertThat(rejection.errors()).extracting(X12Error::reason).contains("more than 10 segments");
        }
    }
}
