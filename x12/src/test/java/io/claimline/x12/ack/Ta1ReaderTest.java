package io.claimline.x12.ack;

import static io.claimline.x12.ack.Acks.replaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimline.x12.X12Error;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.ack.InterchangeAcknowledgement.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Ta1ReaderTest {

    private final Ta1Reader reader = new Ta1Reader();

    private X12RejectedException rejectionOf(String interchange) {
        return catchThrowableOfType(X12RejectedException.class, () -> reader.read(interchange));
    }

    @Nested
    class Conforming {

        @Test
        void readsAnAcceptedInterchange() {
            InterchangeAcknowledgement ack = reader.read(Acks.load("ta1-accepted.edi"));

            assertThat(ack).isEqualTo(new InterchangeAcknowledgement("000001003", LocalDate.of(2026, 3, 2),
                    Status.ACCEPTED, "000", "No error"));
            assertThat(ack.status().accepted()).isTrue();
        }

        @Test
        void readsARejectedInterchangeWithItsNoteInPlainEnglish() {
            InterchangeAcknowledgement ack = reader.read(Acks.load("ta1-rejected.edi"));

            assertThat(ack.interchangeControlNumber()).isEqualTo("000001004");
            assertThat(ack.status()).isEqualTo(Status.REJECTED);
            assertThat(ack.status().accepted()).isFalse();
            assertThat(ack.noteCode()).isEqualTo("025");
            assertThat(ack.noteDescription()).isEqualTo("Duplicate interchange control number");
        }

        @Test
        void describesOtherNoteCodes() {
            String errored = replaced(Acks.load("ta1-rejected.edi"), "*R*025~", "*E*006~");

            InterchangeAcknowledgement ack = reader.read(errored);

            assertThat(ack.status()).isEqualTo(Status.ACCEPTED_WITH_ERRORS);
            assertThat(ack.noteDescription()).isEqualTo("Invalid interchange sender ID");
            assertThat(reader.read(replaced(Acks.load("ta1-rejected.edi"), "*025~", "*023~")).noteDescription())
                    .isEqualTo("Improper (premature) end-of-file (transmission)");
        }

        @Test
        void readsTheSeparatorsTheIsaDeclares() {
            String other = Acks.withSeparators(Acks.load("ta1-rejected.edi"));
            assertThat(other).contains("TA1!000001004!");

            assertThat(reader.read(other)).isEqualTo(reader.read(Acks.load("ta1-rejected.edi")));
        }

        @Test
        void readsFromAStream() {
            byte[] bytes = Acks.load("ta1-accepted.edi").getBytes(StandardCharsets.US_ASCII);

            assertThat(reader.read(new ByteArrayInputStream(bytes)).status()).isEqualTo(Status.ACCEPTED);
        }
    }

    @Nested
    class Malformed {

        @Test
        void rejectsAnAcceptanceWithAnErrorNote() {
            String contradictory = replaced(Acks.load("ta1-accepted.edi"), "*A*000~", "*A*025~");

            assertThat(rejectionOf(contradictory).errors()).containsExactly(
                    new X12Error(2, "TA1", 5, "an accepted interchange must have note code 000"));
        }

        @Test
        void rejectsARejectionWithoutAnErrorNote() {
            String contradictory = replaced(Acks.load("ta1-rejected.edi"), "*R*025~", "*R*000~");

            assertThat(rejectionOf(contradictory).errors()).containsExactly(new X12Error(2, "TA1", 5,
                    "a rejected or errored interchange must have a note code other than 000"));
        }

        @Test
        void rejectsAnUnknownStatusCode() {
            String unknown = replaced(Acks.load("ta1-rejected.edi"), "*R*025~", "*Q*025~");

            assertThat(rejectionOf(unknown).errors()).extracting(X12Error::segmentPosition, X12Error::segmentId,
                    X12Error::elementPosition).contains(org.assertj.core.groups.Tuple.tuple(2, "TA1", 4));
        }

        @Test
        void rejectsAnImpossibleDate() {
            String badDate = replaced(Acks.load("ta1-accepted.edi"), "*260302*1005*", "*261302*1005*");

            assertThat(rejectionOf(badDate).errors()).extracting(X12Error::segmentPosition, X12Error::segmentId,
                    X12Error::elementPosition).contains(org.assertj.core.groups.Tuple.tuple(2, "TA1", 2));
        }

        @Test
        void rejectsAnIeaControlNumberThatDiffersFromTheIsa() {
            String mismatch = replaced(Acks.load("ta1-accepted.edi"), "IEA*0*000000913", "IEA*0*000000999");

            assertThat(rejectionOf(mismatch).errors()).contains(
                    new X12Error(3, "IEA", 2, "control number does not match its header"));
        }

        @Test
        void rejectsAnIeaCountOfGroupsThatAreNotThere() {
            String wrongCount = replaced(Acks.load("ta1-accepted.edi"), "IEA*0*", "IEA*1*");

            assertThat(rejectionOf(wrongCount).errors()).contains(
                    new X12Error(3, "IEA", 1, "control count does not match the actual count"));
        }

        @Test
        void rejectsAFunctionalGroupInATa1Interchange() {
            X12RejectedException rejection = rejectionOf(Acks.load("999-accepted.edi"));

            assertThat(rejection.errors()).containsExactly(new X12Error(2, null, null,
                    "a functional group where only interchange control segments are expected"));
        }

        @Test
        void rejectsAnInterchangeWithoutTa1() {
            String empty = Acks.load("ta1-accepted.edi").replaceAll("TA1\\*[^~]*~\\s*", "");

            assertThat(rejectionOf(empty).errors()).containsExactly(
                    new X12Error(2, "TA1", null, "no TA1 in the interchange"));
        }

        @Test
        void rejectsATruncatedFile() {
            String full = Acks.load("ta1-accepted.edi");
            String truncated = full.substring(0, full.indexOf("*A*000"));

            assertThat(rejectionOf(truncated).errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.segmentPosition()).isBetween(0, 2));
        }

        @Test
        void rejectsElementSeparatorsThatDisagreeWithTheIsa() {
            String full = Acks.load("ta1-accepted.edi");
            int afterIsa = full.indexOf("TA1*");
            String mixed = full.substring(0, afterIsa) + full.substring(afterIsa).replace('*', '!');

            assertThat(rejectionOf(mixed).errors()).isNotEmpty();
        }

        @Test
        void rejectsInputThatIsNotX12() {
            assertThat(rejectionOf("hello").errors()).isNotEmpty();
            assertThat(rejectionOf("").errors()).isNotEmpty();
        }
    }
}
