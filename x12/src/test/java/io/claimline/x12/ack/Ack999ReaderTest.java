package io.claimline.x12.ack;

import static io.claimline.x12.ack.Acks.replaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.claimline.x12.ReadLimits;
import io.claimline.x12.X12Error;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.ack.FunctionalGroupAcknowledgement.GroupStatus;
import io.claimline.x12.ack.TransactionSetAcknowledgement.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Ack999ReaderTest {

    private final Ack999Reader reader = new Ack999Reader();

    private X12RejectedException rejectionOf(String interchange) {
        return catchThrowableOfType(X12RejectedException.class, () -> reader.read(interchange));
    }

    @Nested
    class Conforming {

        @Test
        void readsAnAcceptedGroup() {
            FunctionalGroupAcknowledgement ack = reader.read(Acks.load("999-accepted.edi"));

            assertThat(ack).isEqualTo(new FunctionalGroupAcknowledgement("1003", GroupStatus.ACCEPTED,
                    List.of(new TransactionSetAcknowledgement("0001", Status.ACCEPTED, List.of(), List.of())), 1, 1));
            assertThat(ack.transactionSets().get(0).status().accepted()).isTrue();
        }

        @Test
        void readsARejectedSetWithItsSegmentAndElementErrors() {
            FunctionalGroupAcknowledgement ack = reader.read(Acks.load("999-rejected.edi"));

            assertThat(ack.groupControlNumber()).isEqualTo("1004");
            assertThat(ack.status()).isEqualTo(GroupStatus.PARTIALLY_ACCEPTED);
            assertThat(ack.received()).isEqualTo(2);
            assertThat(ack.accepted()).isEqualTo(1);
            assertThat(ack.transactionSets()).extracting(TransactionSetAcknowledgement::transactionSetControlNumber,
                    TransactionSetAcknowledgement::status).containsExactly(
                    tuple("0001", Status.REJECTED), tuple("0002", Status.ACCEPTED));

            TransactionSetAcknowledgement rejected = ack.transactionSets().get(0);
            assertThat(rejected.status().accepted()).isFalse();
            assertThat(rejected.statusCodes()).containsExactly("5");
            assertThat(rejected.statusDescriptions()).containsExactly("One or more segments in error");
            assertThat(rejected.segmentErrors()).containsExactly(
                    new SegmentError("NM1", 8, "2010BA", "8", "Segment has data element errors", List.of(
                            new ElementError(9, Optional.empty(), "67", "1", "Required data element missing"),
                            new ElementError(3, Optional.of(2), "1270", "7", "Invalid code value"))),
                    new SegmentError("DTP", 24, "2400", "3", "Required segment missing", List.of()));
        }

        @Test
        void keepsNoCopyOfTheBadData() {
            // IK404 echoes what we sent (possibly PHI); the model holds positions and codes only
            assertThat(reader.read(Acks.load("999-rejected.edi")).toString()).doesNotContain("ABX", "CL-000103");
        }

        @Test
        void describesImplementationCodes() {
            String implementation = replaced(replaced(Acks.load("999-rejected.edi"), "IK3*DTP*24*2400*3~",
                    "IK3*DTP*24*2400*I4~"), "IK4*3:2*1270*7*ABX~", "IK4*3:2*1270*I12~");

            SegmentError first = reader.read(implementation).transactionSets().get(0).segmentErrors().get(0);
            SegmentError second = reader.read(implementation).transactionSets().get(0).segmentErrors().get(1);

            assertThat(first.elementErrors().get(1).description()).isEqualTo("Implementation pattern match failure");
            assertThat(second.description()).isEqualTo("Implementation \"not used\" segment present");
        }

        @Test
        void readsTheSeparatorsTheIsaDeclares() {
            String other = Acks.withSeparators(Acks.load("999-rejected.edi"));
            assertThat(other).contains("IK4!3|2!1270!7!ABX~");

            assertThat(reader.read(other)).isEqualTo(reader.read(Acks.load("999-rejected.edi")));
        }

        @Test
        void readsFromAStream() {
            byte[] bytes = Acks.load("999-accepted.edi").getBytes(StandardCharsets.US_ASCII);

            assertThat(reader.read(new ByteArrayInputStream(bytes)).status()).isEqualTo(GroupStatus.ACCEPTED);
        }
    }

    @Nested
    class NonConforming {

        @Test
        void rejectsAnUnknownSegmentErrorCode() {
            String unknown = replaced(Acks.load("999-rejected.edi"), "IK3*DTP*24*2400*3~", "IK3*DTP*24*2400*Z9~");

            assertThat(rejectionOf(unknown).errors()).contains(
                    new X12Error(10, "IK3", 4, "code value not allowed by the implementation guide"));
        }

        @Test
        void rejectsAMissingAk9() {
            String noTrailer = replaced(replaced(Acks.load("999-accepted.edi"), "AK9*A*1*1*1~\n", ""),
                    "SE*6*", "SE*5*");

            assertThat(rejectionOf(noTrailer).errors()).extracting(X12Error::segmentId, X12Error::reason)
                    .contains(tuple("AK9", "required segment missing"));
        }

        @Test
        void rejectsAnotherGuide() {
            String other = replaced(Acks.load("999-accepted.edi"), "GS*FA*", "GS*HC*");

            assertThat(rejectionOf(other).errors()).contains(
                    new X12Error(2, "GS", 1, "functional group must be FA"));
        }

        @Test
        void rejectsMoreAcceptedThanReceived() {
            String counts = replaced(Acks.load("999-rejected.edi"), "AK9*P*2*2*1~", "AK9*P*2*1*2~");

            assertThat(rejectionOf(counts).errors()).contains(
                    new X12Error(14, "AK9", 4, "more transaction sets accepted than received"),
                    new X12Error(14, "AK9", 3, "more transaction sets acknowledged (AK2) than received"));
        }

        @Test
        void rejectsMoreRejectionsThanTheCountsAllow() {
            String counts = replaced(Acks.load("999-rejected.edi"), "AK9*P*2*2*1~", "AK9*P*2*2*2~");

            assertThat(rejectionOf(counts).errors()).containsExactly(
                    new X12Error(14, "AK9", 4, "more transaction sets rejected (IK5) than the counts allow"));
        }

        @Test
        void rejectsAnAcceptanceThatListsErrors() {
            String contradictory = replaced(Acks.load("999-rejected.edi"), "IK5*R*5~", "IK5*A~");

            assertThat(rejectionOf(contradictory).errors()).containsExactly(new X12Error(11, "IK5", 1,
                    "a transaction set accepted without errors (A) lists segment errors"));
        }

        @Test
        void rejectsARejectionWithoutReason() {
            String reasonless = replaced(Acks.load("999-rejected.edi"), "IK5*R*5~", "IK5*R~");

            assertThat(rejectionOf(reasonless).errors()).containsExactly(new X12Error(11, "IK5", 2,
                    "a transaction set not plainly accepted must give a syntax error code"));
        }

        @Test
        void rejectsASegmentPositionPastAnyFile() {
            String far = replaced(Acks.load("999-rejected.edi"), "IK3*DTP*24*", "IK3*DTP*9999999999*");

            assertThat(rejectionOf(far).errors()).containsExactly(
                    new X12Error(10, "IK3", 2, "segment position out of range"));
        }

        @Test
        void rejectsTheSameTransactionSetAcknowledgedTwice() {
            String twice = replaced(Acks.load("999-rejected.edi"), "AK2*837*0002*", "AK2*837*0001*");

            assertThat(rejectionOf(twice).errors()).containsExactly(new X12Error(12, "AK2", 2,
                    "transaction set control number acknowledged more than once"));
        }
    }

    @Nested
    class Malformed {

        @Test
        void rejectsAWrongSegmentCount() {
            String wrong = replaced(Acks.load("999-rejected.edi"), "SE*13*", "SE*12*");

            assertThat(rejectionOf(wrong).errors()).contains(
                    new X12Error(15, "SE", 1, "control count does not match the actual count"));
        }

        @Test
        void rejectsAnIeaCountMismatch() {
            String wrong = replaced(Acks.load("999-accepted.edi"), "IEA*1*", "IEA*2*");

            assertThat(rejectionOf(wrong).errors()).contains(
                    new X12Error(10, "IEA", 1, "control count does not match the actual count"));
        }

        @Test
        void rejectsAGroupTrailerThatDoesNotMatchItsHeader() {
            String wrong = replaced(Acks.load("999-accepted.edi"), "GE*1*912~", "GE*1*913~");

            assertThat(rejectionOf(wrong).errors()).contains(
                    new X12Error(9, "GE", 2, "control number does not match its header"));
        }

        @Test
        void rejectsABadEnvelope() {
            String noGroupHeader = Acks.load("999-accepted.edi").replaceAll("GS\\*[^~]*~\\s*", "");

            assertThat(rejectionOf(noGroupHeader).errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.segmentPosition()).isPositive());
        }

        @Test
        void rejectsATruncatedFile() {
            String full = Acks.load("999-rejected.edi");
            String truncated = full.substring(0, full.indexOf("IK5*R"));

            X12RejectedException rejection = rejectionOf(truncated);

            assertThat(rejection.errors()).isNotEmpty();
            assertThat(rejection.getMessage()).doesNotContain("ABX", "CL-000103");
        }

        @Test
        void rejectsElementSeparatorsThatDisagreeWithTheIsa() {
            String full = Acks.load("999-rejected.edi");
            int afterIsa = full.indexOf("GS*");
            String mixed = full.substring(0, afterIsa) + full.substring(afterIsa).replace('*', '!');

            assertThat(rejectionOf(mixed).errors()).isNotEmpty();
        }

        @Test
        void rejectsATa1WhereA999IsExpected() {
            assertThat(rejectionOf(Acks.load("ta1-rejected.edi")).errors()).isNotEmpty();
        }

        @Test
        void rejectsInputOverTheSegmentCap() {
            Ack999Reader small = new Ack999Reader(new ReadLimits(4096, 8));

            assertThat(catchThrowableOfType(X12RejectedException.class,
                    () -> small.read(Acks.load("999-rejected.edi"))).errors())
                    .extracting(X12Error::reason).contains("more than 8 segments");
        }
    }
}
