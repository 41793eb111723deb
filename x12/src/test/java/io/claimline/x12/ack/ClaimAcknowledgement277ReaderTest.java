package io.claimline.x12.ack;

import static io.claimline.x12.ack.Acks.replaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12RejectedException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClaimAcknowledgement277ReaderTest {

    private final ClaimAcknowledgement277Reader reader = new ClaimAcknowledgement277Reader();

    private X12RejectedException rejectionOf(String interchange) {
        return catchThrowableOfType(X12RejectedException.class, () -> reader.read(interchange));
    }

    @Nested
    class Conforming {

        @Test
        void readsTheEnvelopeSourceAndReceiver() {
            ClaimAcknowledgementReport report = reader.read(Acks.load("277ca-mixed.edi"));

            assertThat(report.interchangeControlNumber()).isEqualTo("000000931");
            assertThat(report.groupControlNumber()).isEqualTo("931");
            assertThat(report.transactionSetControlNumber()).isEqualTo("0001");
            assertThat(report.reference()).isEqualTo("ACK-20260303-01");
            assertThat(report.created()).isEqualTo(LocalDateTime.of(2026, 3, 3, 8, 15));
            assertThat(report.source()).isEqualTo(new AcknowledgementSource(AcknowledgementSource.Type.PAYER,
                    "LAKESIDE HEALTH PLAN", "LHP01", "RCPT-88231", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)));
            assertThat(report.receiver()).isEqualTo(new AcknowledgementReceiver("CLAIMLINE BIRCHWOOD", "CLAIMLINE01",
                    "BATCH-1003", List.of(StatusCode.of("A1", "19", "PR")), LocalDate.of(2026, 3, 3),
                    new BigDecimal("460.75"), new StatusTotals(Optional.of(1), Optional.of(1),
                    Optional.of(new BigDecimal("370.75")), Optional.of(new BigDecimal("90")))));
            assertThat(report.receiver().outcome()).isEqualTo(StatusCode.Outcome.ACCEPTED);
        }

        @Test
        void readsTheProviderLevel() {
            ProviderAcknowledgement provider = reader.read(Acks.load("277ca-mixed.edi")).providers().get(0);

            assertThat(provider.name()).isEqualTo("BIRCHWOOD FAMILY CLINIC");
            assertThat(provider.identifierQualifier()).isEqualTo("XX");
            assertThat(provider.identifier()).isEqualTo("1999999984");
            assertThat(provider.traceNumber()).isEqualTo("PROV-TRACE-1");
            assertThat(provider.statuses()).containsExactly(StatusCode.of("A1", "19", "PR"));
            assertThat(provider.totalCharge()).isEqualByComparingTo("460.75");
            assertThat(provider.totals().acceptedQuantity()).contains(1);
            assertThat(provider.claims()).hasSize(2);
        }

        @Test
        void readsAnAcceptedClaimWithThePayersClaimNumber() {
            ClaimStatus accepted = reader.read(Acks.load("277ca-mixed.edi")).claims().get(0);

            assertThat(accepted.patientControlNumber()).isEqualTo("CL-000103");
            assertThat(accepted.statuses()).containsExactly(StatusCode.of("A1", "20"));
            assertThat(accepted.accepted()).isTrue();
            assertThat(accepted.rejected()).isFalse();
            assertThat(accepted.payerClaimControlNumber()).contains("LHP2603030001");
            assertThat(accepted.clearinghouseTraceNumber()).contains("CH-77120");
            assertThat(accepted.statusDate()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(accepted.totalCharge()).isEqualTo(new BigDecimal("370.75"));
            assertThat(accepted.serviceFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(accepted.serviceTo()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(accepted.lines()).isEmpty();
            assertThat(accepted.patient()).isEqualTo(new AcknowledgedPatient("Quill", Optional.of("Marta"), "W900112233"));
            assertThat(accepted.descriptions()).containsExactly("Acknowledgement/Receipt: Accepted for processing.");
        }

        @Test
        void readsARejectedClaimWithItsSecondCompositeAndLine() {
            ClaimStatus rejected = reader.read(Acks.load("277ca-mixed.edi")).claims().get(1);

            assertThat(rejected.patientControlNumber()).isEqualTo("CL-000104");
            assertThat(rejected.statuses()).containsExactly(StatusCode.of("A7", "562", "85"), StatusCode.of("A7", "187"));
            assertThat(rejected.rejected()).isTrue();
            assertThat(rejected.accepted()).isFalse();
            assertThat(rejected.outcome()).isEqualTo(StatusCode.Outcome.REJECTED);
            assertThat(rejected.payerClaimControlNumber()).isEmpty();
            assertThat(rejected.clearinghouseTraceNumber()).contains("CH-77121");
            assertThat(rejected.totalCharge()).isEqualTo(new BigDecimal("90.00"));
            assertThat(rejected.serviceFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(rejected.serviceTo()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(rejected.descriptions()).containsExactly(
                    "Acknowledgement/Rejected for invalid information: Entity's National Provider Identifier (NPI)."
                            + " (Billing Provider)",
                    "Acknowledgement/Rejected for invalid information: Date(s) of service.");
            assertThat(rejected.lines()).containsExactly(new LineStatus("99213", List.of("25"), new BigDecimal("90"),
                    List.of(StatusCode.of("A7", "187")), LocalDate.of(2026, 3, 3), Optional.of("CL-000104-1"),
                    Optional.of(LocalDate.of(2026, 3, 2)), Optional.of(LocalDate.of(2026, 3, 2))));
            assertThat(rejected.lines().get(0).outcome()).isEqualTo(StatusCode.Outcome.REJECTED);
        }

        @Test
        void readsABatchRejectedWholeAtTheReceiverLevel() {
            ClaimAcknowledgementReport report = reader.read(Acks.load("277ca-batch-rejected.edi"));

            assertThat(report.source().type()).isEqualTo(AcknowledgementSource.Type.CLEARINGHOUSE);
            assertThat(report.receiver().batchTrace()).isEqualTo("BATCH-1004");
            assertThat(report.receiver().statuses()).containsExactly(StatusCode.of("A3", "21", "41"));
            assertThat(report.receiver().outcome()).isEqualTo(StatusCode.Outcome.REJECTED);
            assertThat(report.receiver().totals()).isEqualTo(new StatusTotals(Optional.empty(), Optional.of(2),
                    Optional.empty(), Optional.of(new BigDecimal("460.75"))));
            assertThat(report.providers()).isEmpty();
            assertThat(report.claims()).isEmpty();
        }

        @Test
        void readsTheSeparatorsTheIsaDeclares() {
            String other = Acks.withSeparators(Acks.load("277ca-mixed.edi"));
            assertThat(other).contains("STC!A7|562|85!20260303!U!90!!!!!!A7|187~");

            assertThat(reader.read(other)).isEqualTo(reader.read(Acks.load("277ca-mixed.edi")));
        }

        @Test
        void readsFromAStream() {
            String file = Acks.load("277ca-mixed.edi");

            assertThat(reader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII))))
                    .isEqualTo(reader.read(file));
        }

        @Test
        void keepsTheFirstStatusDateAndChargeOfSeveralStcs() {
            String twoStcs = replaced(Acks.load("277ca-mixed.edi"), "STC*A1:20*20260303*WQ*370.75~",
                    "STC*A1:20*20260303*WQ*370.75~STC*A2:20:PR*20260304*WQ*370.75~");
            String counted = replaced(twoStcs, "SE*41*", "SE*42*");

            ClaimStatus claim = reader.read(counted).claims().get(0);

            assertThat(claim.statuses()).containsExactly(StatusCode.of("A1", "20"), StatusCode.of("A2", "20", "PR"));
            assertThat(claim.statusDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        }
    }

    @Nested
    class NonConforming {

        @Test
        void rejectsAStatusCategoryOutsideCodeList507() {
            String bad = replaced(Acks.load("277ca-mixed.edi"), "STC*A7:562:85*", "STC*Z9:562:85*");

            assertThat(rejectionOf(bad).errors()).containsExactly(new X12Error(36, "STC", 1,
                    "status.category must be a claim status category code (code list 507)"));
        }

        @Test
        void rejectsABadCategoryInASecondComposite() {
            String bad = replaced(Acks.load("277ca-mixed.edi"), "******A7:187~", "******AX:187~");

            assertThat(rejectionOf(bad).errors()).containsExactly(new X12Error(36, "STC", 10,
                    "status.category must be a claim status category code (code list 507)"));
        }

        @Test
        void rejectsAnActionCodeTheGuideDoesNotAllow() {
            String bad = replaced(Acks.load("277ca-mixed.edi"), "STC*A1:20*20260303*WQ*", "STC*A1:20*20260303*XX*");

            assertThat(rejectionOf(bad).errors()).contains(new X12Error(29, "STC", 3,
                    "code value not allowed by the implementation guide"));
        }

        @Test
        void rejectsAClaimWithoutItsServiceDate() {
            String bad = replaced(Acks.load("277ca-mixed.edi"), "REF*D9*CH-77120~\nDTP*472*D8*20260302~\n",
                    "REF*D9*CH-77120~\n");

            assertThat(rejectionOf(replaced(bad, "SE*41*", "SE*40*")).errors())
                    .extracting(X12Error::segmentId, X12Error::reason)
                    .contains(org.assertj.core.groups.Tuple.tuple("DTP", "required segment missing"));
        }

        @Test
        void rejectsAnImpossibleServiceDate() {
            String bad = replaced(Acks.load("277ca-mixed.edi"), "DTP*472*RD8*20260301-20260302~",
                    "DTP*472*RD8*20260301-20260231~");

            assertThat(rejectionOf(bad).errors()).containsExactly(new X12Error(38, "DTP", 3, "invalid date"));
        }

        @Test
        void rejectsAPatientLevelUnderTheWrongParent() {
            String bad = replaced(Acks.load("277ca-mixed.edi"), "HL*5*3*PT~", "HL*5*2*PT~");

            assertThat(rejectionOf(bad).errors()).containsExactly(new X12Error(33, "HL", 2,
                    "parent must be an earlier level 19 HL"));
        }

        @Test
        void rejectsASecondInformationSource() {
            String file = Acks.load("277ca-batch-rejected.edi");
            String second = replaced(file, "SE*14*", "HL*3**20*1~\nNM1*PR*2*LAKESIDE HEALTH PLAN*****PI*LHP01~\nTRN*1*R2~\n"
                            + "DTP*050*D8*20260303~\nDTP*009*D8*20260303~\nHL*4*3*21*0~\n"
                            + "NM1*41*2*CLAIMLINE BIRCHWOOD*****46*CLAIMLINE01~\nTRN*2*BATCH-1005~\n"
                            + "STC*A3:21:41*20260303*U*10~\nSE*23*");

            assertThat(rejectionOf(second).errors()).extracting(X12Error::segmentPosition, X12Error::reason)
                    .contains(org.assertj.core.groups.Tuple.tuple(16, "more than one information source level "
                            + "(2000A); one 277CA is read per batch"));
        }

        @Test
        void neverQuotesPatientValuesInErrors() {
            String bad = replaced(Acks.load("277ca-mixed.edi"), "NM1*QC*1*QUILL*TEO****MI*W900112233~",
                    "NM1*QC*1*QUILL*TEO****MI*W9001&2233~");

            X12RejectedException rejection = rejectionOf(bad);

            assertThat(rejection.errors()).containsExactly(new X12Error(34, "NM1", null,
                    "patient.memberId may contain only upper-case letters, digits, spaces, '-' and '.'"));
            assertThat(rejection.getMessage()).doesNotContain("QUILL", "TEO", "W9001");
        }
    }

    @Nested
    class Malformed {

        @Test
        void rejectsAWrongSegmentCount() {
            String wrong = replaced(Acks.load("277ca-mixed.edi"), "SE*41*", "SE*40*");

            assertThat(rejectionOf(wrong).errors()).contains(
                    new X12Error(43, "SE", 1, "control count does not match the actual count"));
        }

        @Test
        void rejectsAnEnvelopeOfAnotherGuide() {
            String wrong = replaced(Acks.load("277ca-mixed.edi"), "GS*HN*", "GS*HC*");

            assertThat(rejectionOf(wrong).errors()).containsExactly(
                    new X12Error(2, "GS", 1, "functional group must be HN"));
        }

        @Test
        void rejectsAClaimStatusResponseWhereA277caIsExpected() {
            String x212 = Acks.load("277ca-mixed.edi").replace("005010X214", "005010X212");

            assertThat(rejectionOf(x212).errors()).extracting(X12Error::reason)
                    .contains("version must be 005010X214", "implementation convention must be 005010X214");
        }

        @Test
        void rejectsAGroupWithoutHeader() {
            String noGroupHeader = Acks.load("277ca-mixed.edi").replaceAll("GS\\*[^~]*~\\s*", "");

            assertThat(rejectionOf(noGroupHeader).errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.segmentPosition()).isPositive());
        }

        @Test
        void rejectsATruncatedFile() {
            String full = Acks.load("277ca-mixed.edi");
            String truncated = full.substring(0, full.indexOf("SVC*"));

            X12RejectedException rejection = rejectionOf(truncated);

            assertThat(rejection.errors()).isNotEmpty();
            assertThat(rejection.getMessage()).doesNotContain("QUILL", "CL-000104", "W900112233");
        }

        @Test
        void rejectsComponentSeparatorsThatDisagreeWithTheIsa() {
            // ISA16 declares ':'; '|' is then data, and "A7|562|85" is no category of code list 507
            String mixed = replaced(Acks.load("277ca-mixed.edi"), "STC*A7:562:85*", "STC*A7|562|85*");

            assertThat(rejectionOf(mixed).errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.segmentPosition()).isEqualTo(36));
        }

        @Test
        void rejectsElementSeparatorsThatDisagreeWithTheIsa() {
            String full = Acks.load("277ca-mixed.edi");
            int afterIsa = full.indexOf("GS*");
            String mixed = full.substring(0, afterIsa) + full.substring(afterIsa).replace('*', '!');

            assertThat(rejectionOf(mixed).errors()).isNotEmpty();
        }

        @Test
        void rejectsA999WhereA277caIsExpected() {
            assertThat(rejectionOf(Acks.load("999-accepted.edi")).errors()).isNotEmpty();
        }

        @Test
        void rejectsInputOverTheSegmentCap() {
            ClaimAcknowledgement277Reader small = new ClaimAcknowledgement277Reader(new ReadLimits(4096, 20));

            assertThat(catchThrowableOfType(X12RejectedException.class,
                    () -> small.read(Acks.load("277ca-mixed.edi"))).errors())
                    .extracting(X12Error::reason).contains("more than 20 segments");
        }
    }
}
