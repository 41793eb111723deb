package io.claimline.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.x12.Envelope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimAcknowledgement277WriterTest {

    static final Envelope ENVELOPE = new Envelope("ZZ", "CLEARHOUSE01", "ZZ", "CLAIMLINE", 931, 931, 1,
            Envelope.Usage.PRODUCTION, "CLEARHOUSE01", "CLAIMLINE", LocalDateTime.of(2026, 3, 3, 8, 15));

    private final ClaimAcknowledgement277Writer writer = new ClaimAcknowledgement277Writer();
    private final ClaimAcknowledgement277Reader reader = new ClaimAcknowledgement277Reader();

    private static List<String> segments(String x12) {
        return Arrays.stream(x12.replace("\n", "").split("~")).toList();
    }

    @Test
    void writesTheHandWrittenFileSegmentBySegment() {
        String expected = Acks.load("277ca-mixed.edi");

        String written = writer.write(ENVELOPE, reader.read(expected));

        assertThat(segments(written)).containsExactlyElementsOf(segments(expected));
    }

    @Test
    void writesABatchRejectedAtTheReceiverLevelWithNoProviders() {
        String expected = Acks.load("277ca-batch-rejected.edi");
        ClaimAcknowledgementReport report = reader.read(expected);
        Envelope envelope = new Envelope("ZZ", "CLEARHOUSE01", "ZZ", "CLAIMLINE", 932, 932, 1,
                Envelope.Usage.PRODUCTION, "CLEARHOUSE01", "CLAIMLINE", LocalDateTime.of(2026, 3, 3, 9, 1));

        assertThat(segments(writer.write(envelope, report))).containsExactlyElementsOf(segments(expected));
    }

    @Test
    void writesThreeCompositesToAnStcAndStartsAnotherForMore() {
        ClaimAcknowledgementReport report = withClaimStatuses(List.of(StatusCode.of("A7", "21"),
                StatusCode.of("A7", "562", "85"), StatusCode.of("A7", "187"), StatusCode.of("A7", "454")));

        String written = writer.write(ENVELOPE, report);

        assertThat(segments(written)).contains("STC*A7:21*20260303*U*90******A7:562:85*A7:187",
                "STC*A7:454*20260303*U*90");
        assertThat(reader.read(written)).isEqualTo(report);
    }

    @Test
    void refusesAReportWhoseControlNumbersAreNotTheEnvelopes() {
        ClaimAcknowledgementReport report = reader.read(Acks.load("277ca-mixed.edi"));
        Envelope other = new Envelope("ZZ", "CLEARHOUSE01", "ZZ", "CLAIMLINE", 932, 931, 1,
                Envelope.Usage.PRODUCTION, "CLEARHOUSE01", "CLAIMLINE", LocalDateTime.of(2026, 3, 3, 8, 15));

        assertThatThrownBy(() -> writer.write(other, report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report control numbers must be the envelope's");
    }

    @Test
    void refusesAProviderWithoutClaims() {
        ClaimAcknowledgementReport read = reader.read(Acks.load("277ca-mixed.edi"));
        ProviderAcknowledgement provider = read.providers().get(0);
        ProviderAcknowledgement empty = new ProviderAcknowledgement(provider.name(), provider.identifierQualifier(),
                provider.identifier(), provider.traceNumber(), provider.statuses(), provider.totalCharge(),
                provider.totals(), List.of());
        ClaimAcknowledgementReport report = ClaimAcknowledgementReport.of(ENVELOPE, read.reference(), read.source(),
                read.receiver(), List.of(empty));

        assertThatThrownBy(() -> writer.write(ENVELOPE, report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("provider.claims must not be empty in a 277CA to write");
    }

    static ClaimAcknowledgementReport withClaimStatuses(List<StatusCode> statuses) {
        ClaimAcknowledgementReport read = new ClaimAcknowledgement277Reader().read(Acks.load("277ca-mixed.edi"));
        ProviderAcknowledgement provider = read.providers().get(0);
        ClaimStatus claim = new ClaimStatus(new AcknowledgedPatient("Quill", Optional.of("Teo"), "W900112233"),
                "CL-000104", Optional.empty(), Optional.empty(), statuses, LocalDate.of(2026, 3, 3),
                new BigDecimal("90"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), List.of());
        ProviderAcknowledgement one = new ProviderAcknowledgement(provider.name(), provider.identifierQualifier(),
                provider.identifier(), provider.traceNumber(), provider.statuses(), provider.totalCharge(),
                provider.totals(), List.of(claim));
        return ClaimAcknowledgementReport.of(ENVELOPE, read.reference(), read.source(), read.receiver(), List.of(one));
    }
}
