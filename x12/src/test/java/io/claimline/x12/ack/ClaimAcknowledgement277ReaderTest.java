package io.claimline.x12.ack;

import static io.claimline.x12.ack.Acks.replaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.claimline.x12.X12Error;
import io.claimline.x12.X12RejectedException;
import java.math.BigDecimal;
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
    }
}
