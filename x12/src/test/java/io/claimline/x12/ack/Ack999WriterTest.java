package io.claimline.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.x12.Envelope;
import io.claimline.x12.X12RejectedException;
import io.claimline.x12.ack.FunctionalGroupAcknowledgement.GroupStatus;
import io.claimline.x12.ack.TransactionSetAcknowledgement.Status;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Ack999WriterTest {

    private static final Envelope ENVELOPE = new Envelope("ZZ", "CLEARHOUSE01", "ZZ", "CLAIMLINE", 912, 912, 1,
            Envelope.Usage.PRODUCTION, "CLEARHOUSE01", "CLAIMLINE", LocalDateTime.of(2026, 3, 2, 10, 15));

    private final Ack999Writer writer = new Ack999Writer();
    private final Ack999Reader reader = new Ack999Reader();

    @Test
    void writesTheAcceptedGoldenFile() {
        String x12 = writer.write(ENVELOPE, AcknowledgedGroup.PROFESSIONAL_CLAIMS,
                FunctionalGroupAcknowledgement.acceptingAll("1003", List.of("0001")));

        assertThat(x12).isEqualTo(Acks.load("999-accepted.edi").replace("\n", ""));
    }

    @Test
    void rejectedSetsWithSegmentAndElementErrorsReadBackEqual() {
        FunctionalGroupAcknowledgement ack = new FunctionalGroupAcknowledgement("1004", GroupStatus.PARTIALLY_ACCEPTED,
                List.of(new TransactionSetAcknowledgement("0001", Status.REJECTED, List.of("5", "I5"), List.of(
                                new SegmentError("NM1", 8, "2010BA", "8", "Segment has data element errors", List.of(
                                        new ElementError(9, Optional.empty(), "67", "1",
                                                "Required data element missing"),
                                        new ElementError(3, Optional.of(2), "1270", "7", "Invalid code value"))),
                                new SegmentError("DTP", 24, "2400", "3", "Required segment missing", List.of()))),
                        new TransactionSetAcknowledgement("0002", Status.ACCEPTED, List.of(), List.of())),
                2, 1);

        String x12 = writer.write(ENVELOPE, AcknowledgedGroup.PROFESSIONAL_CLAIMS, ack);

        assertThat(reader.read(x12)).isEqualTo(ack);
        assertThat(x12).contains("~AK1*HC*1004*005010X222A1~AK2*837*0001*005010X222A1~IK3*NM1*8*2010BA*8~"
                + "IK4*9*67*1~IK4*3:2*1270*7~IK3*DTP*24*2400*3~IK5*R*5*I5~AK2*837*0002*005010X222A1~IK5*A~"
                + "AK9*P*2*2*1~SE*12*0001~"); // the golden file has a CTX more
    }

    @Test
    void acceptsAManySetGroup() {
        FunctionalGroupAcknowledgement ack = FunctionalGroupAcknowledgement.acceptingAll("77",
                List.of("0001", "0002", "0003"));

        assertThat(reader.read(writer.write(ENVELOPE, AcknowledgedGroup.PROFESSIONAL_CLAIMS, ack))).isEqualTo(ack);
    }

    @Test
    void refusesAnAcknowledgementWhoseCountsDisagree() {
        FunctionalGroupAcknowledgement wrong = new FunctionalGroupAcknowledgement("1005", GroupStatus.REJECTED,
                List.of(new TransactionSetAcknowledgement("0001", Status.REJECTED, List.of("5"), List.of())), 1, 1);

        assertThatThrownBy(() -> writer.write(ENVELOPE, AcknowledgedGroup.PROFESSIONAL_CLAIMS, wrong))
                .isInstanceOf(X12RejectedException.class)
                .hasMessageContaining("more transaction sets rejected (IK5) than the counts allow");
    }

    @Test
    void refusesANonNumericGroupControlNumber() {
        FunctionalGroupAcknowledgement wrong = FunctionalGroupAcknowledgement.acceptingAll("ABC", List.of("0001"));

        assertThatThrownBy(() -> writer.write(ENVELOPE, AcknowledgedGroup.PROFESSIONAL_CLAIMS, wrong))
                .isInstanceOf(X12RejectedException.class).hasMessageContaining("(AK1), element 2");
    }
}
