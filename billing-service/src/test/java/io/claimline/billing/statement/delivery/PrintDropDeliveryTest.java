package io.claimline.billing.statement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintDropDeliveryTest {

    @TempDir
    Path drop;

    @Test
    void dropsTheStatementAsClinicAndNumberDotPdf() throws IOException {
        byte[] pdf = Parcels.pdf("one");

        DeliveryReceipt receipt = new PrintDropDelivery(drop, Parcels.CLOCK)
                .deliver(Parcels.print("S-2026-000123", pdf));

        assertThat(receipt).isEqualTo(new DeliveryReceipt(Channel.PRINT, "clinic-a/S-2026-000123.pdf", Parcels.NOW));
        assertThat(receipt.fellBack()).isFalse();
        assertThat(drop.resolve("clinic-a/S-2026-000123.pdf")).hasBinaryContent(pdf);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                drop.resolve("clinic-a/S-2026-000123.pdf")))).as("the service's user only").isEqualTo("rw-------");
    }

    @Test
    void theSameStatementDeliveredTwiceLeavesOneUnchangedFile() throws IOException {
        PrintDropDelivery delivery = new PrintDropDelivery(drop, Parcels.CLOCK);
        byte[] first = Parcels.pdf("first rendering");

        PrintDropDelivery.Dropped once = delivery.drop(Parcels.print("S-1", first), Channel.PRINT);
        PrintDropDelivery.Dropped twice = delivery.drop(Parcels.print("S-1", Parcels.pdf("re-rendered")),
                Channel.PRINT);

        assertThat(once.written()).isTrue();
        assertThat(twice.written()).isFalse();
        assertThat(twice.receipt()).isEqualTo(once.receipt());
        assertThat(drop.resolve("clinic-a/S-1.pdf")).hasBinaryContent(first);
        try (Stream<Path> files = Files.walk(drop)) {
            assertThat(files.filter(Files::isRegularFile)).as("no temporary file left behind")
                    .containsExactly(drop.resolve("clinic-a/S-1.pdf"));
        }
    }

    @Test
    void aDropThatCannotBeWrittenFailsNamingTheFileOnly() throws IOException {
        Path notAFolder = Files.writeString(drop.resolve("occupied"), "a file where the drop should be");

        assertThatThrownBy(() -> new PrintDropDelivery(notAFolder, Parcels.CLOCK)
                .deliver(Parcels.email("S-2", Parcels.pdf("two"))))
                .isInstanceOf(StatementDeliveryFailedException.class)
                .hasMessage("statement file clinic-a/S-2.pdf could not be dropped for print")
                .hasMessageNotContaining(Parcels.RECIPIENT);
    }

    @Test
    void aStatementNumberCannotClimbOutOfTheDrop() {
        assertThatThrownBy(() -> Parcels.print("../../etc/passwd", Parcels.pdf("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("statementNumber");
        assertThatThrownBy(() -> new StatementParcel("../clinic", "s", "S-1", Channel.PRINT, Parcels.pdf("x"), null,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("clinicId");
        assertThatThrownBy(() -> Parcels.print(".hidden", Parcels.pdf("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParcelPrintsNoAddressNoticeOrContent() {
        StatementParcel parcel = Parcels.email("S-3", Parcels.pdf("three"));

        assertThat(parcel.toString()).contains("S-3", "clinic-a").doesNotContain(Parcels.RECIPIENT)
                .doesNotContain("125.00").doesNotContain("%PDF");
    }

    @Test
    void anEmailParcelNeedsARecipient() {
        assertThatThrownBy(() -> new StatementParcel("clinic-a", "s", "S-4", Channel.EMAIL, Parcels.pdf("x"), " ",
                Parcels.NOTICE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recipientEmail is required for e-mail delivery");
    }
}
