package io.claimline.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class X12FileKindTest {

    private static String resource(String name) {
        try (InputStream in = X12FileKindTest.class.getResourceAsStream("/x12/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String claim837() {
        try {
            return Files.readString(Path.of("..", "docs", "examples", "837P", "a-self-subscriber.x12"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X12RejectedException rejectionOf(String file) {
        return catchThrowableOfType(X12RejectedException.class, () -> X12FileKind.of(file));
    }

    @Test
    void tellsATa1OnlyInterchange() {
        assertThat(X12FileKind.of(resource("ack/ta1-rejected.edi"))).isEqualTo(X12FileKind.INTERCHANGE_ACKNOWLEDGEMENT);
    }

    @Test
    void tellsA999() {
        assertThat(X12FileKind.of(resource("ack/999-rejected.edi")))
                .isEqualTo(X12FileKind.IMPLEMENTATION_ACKNOWLEDGEMENT);
    }

    @Test
    void tellsA277ca() {
        assertThat(X12FileKind.of(resource("ack/277ca-mixed.edi"))).isEqualTo(X12FileKind.CLAIM_ACKNOWLEDGEMENT);
    }

    @Test
    void tellsA277caWithTheSeparatorsItsIsaDeclares() {
        String other = resource("ack/277ca-mixed.edi").replace('*', '!').replace(':', '|');

        assertThat(X12FileKind.of(new ByteArrayInputStream(other.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(X12FileKind.CLAIM_ACKNOWLEDGEMENT);
    }

    @Test
    void tellsAn837p() {
        assertThat(X12FileKind.of(claim837())).isEqualTo(X12FileKind.PROFESSIONAL_CLAIM);
    }

    @Test
    void refusesATransactionSetClaimlineDoesNotRead() {
        String eligibility = resource("eligibility/271-active-subscriber.edi");

        assertThat(rejectionOf(eligibility).errors()).containsExactly(new X12Error(3, "ST", 1,
                "not a transaction set Claimline reads (999 005010X231A1, 277CA 005010X214, 837P 005010X222A1, "
                        + "in their functional groups FA, HN, HC)"));
    }

    @Test
    void refusesAClaimStatusResponseThatIsNotA277ca() {
        String x212 = resource("ack/277ca-mixed.edi").replace("005010X214", "005010X212");

        assertThat(rejectionOf(x212).errors()).extracting(X12Error::segmentPosition).containsExactly(3);
    }

    @Test
    void refusesAnStThatDisagreesWithItsGroupsVersion() {
        String mixed = resource("ack/277ca-mixed.edi").replace("ST*277*0001*005010X214~", "ST*277*0001*005010X212~");

        assertThat(rejectionOf(mixed).errors()).extracting(X12Error::segmentPosition).containsExactly(3);
    }

    @Test
    void refusesAWrongSegmentCountWithItsPosition() {
        String wrong = resource("ack/277ca-mixed.edi").replace("SE*41*", "SE*40*");

        assertThat(rejectionOf(wrong).errors()).contains(
                new X12Error(43, "SE", 1, "control count does not match the actual count"));
    }

    @Test
    void refusesATruncatedFile() {
        String full = resource("ack/277ca-mixed.edi");

        assertThat(rejectionOf(full.substring(0, full.indexOf("HL*4"))).errors()).isNotEmpty()
                .allSatisfy(error -> assertThat(error.reason()).isNotBlank());
    }

    @Test
    void refusesAnInterchangeWithNeitherGroupNorTa1() {
        String empty = "ISA*00*          *00*          *ZZ*CLEARHOUSE01   *ZZ*CLAIMLINE      *260303*0815*^*00501*"
                + "000000931*0*P*:~IEA*0*000000931~";

        assertThat(rejectionOf(empty).errors()).containsExactly(
                new X12Error(2, null, null, "no transaction set and no TA1 in the interchange"));
    }

    @Test
    void refusesSomethingThatIsNotX12() {
        assertThat(rejectionOf("%PDF-1.7 not an interchange").errors()).extracting(X12Error::segmentPosition)
                .containsExactly(0);
    }

    @Test
    void neverQuotesValuesOfTheFile() {
        String broken = resource("ack/277ca-mixed.edi").replace("SE*41*", "SE*40*");

        assertThat(rejectionOf(broken).getMessage()).doesNotContain("QUILL", "W900112233", "CL-000103");
    }
}
