package io.claimline.billing.statement.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * The print vendor's file drop: {@code <drop>/<clinicId>/<statementNumber>.pdf}. The vendor picks up whole files
 * only, so a statement is written to a hidden temporary file in the same folder, forced to disk and then renamed
 * into place atomically. A statement whose file is there already is not written again (a retry, a second
 * delivery): the vendor keeps the file it may have started printing.
 *
 * <p>The file is the plaintext statement, as the vendor needs it; on POSIX it is readable by the service's user
 * only. File names carry the clinic id and the statement number, never PHI.
 */
class PrintDropDelivery implements StatementDelivery {

    private final Path drop;
    private final Clock clock;

    PrintDropDelivery(Path drop, Clock clock) {
        this.drop = drop;
        this.clock = clock;
    }

    /** What a drop did: {@code written} is false when the statement's file was there already. */
    record Dropped(DeliveryReceipt receipt, boolean written) {
    }

    @Override
    public DeliveryReceipt deliver(StatementParcel parcel) {
        return drop(parcel, parcel.channel()).receipt();
    }

    /** Drops the statement for print; {@code requested} is what the caller asked for (e-mail when falling back). */
    Dropped drop(StatementParcel parcel, Channel requested) {
        String name = parcel.clinicId() + "/" + parcel.statementNumber() + ".pdf";
        Path target = drop.resolve(parcel.clinicId()).resolve(parcel.statementNumber() + ".pdf");
        boolean written = !Files.exists(target);
        if (written) {
            write(target, parcel.pdf(), name);
        }
        return new Dropped(new DeliveryReceipt(Channel.PRINT, name, clock.instant(), requested), written);
    }

    private static void write(Path target, byte[] pdf, String name) {
        Path temporary = null;
        try {
            Path folder = Files.createDirectories(target.getParent());
            // Hidden and not *.pdf: a vendor's pickup never takes a file that is still being written.
            temporary = Files.createTempFile(folder, ".statement-", ".part");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(pdf));
                channel.force(true);
            }
            // Same folder, so the rename is atomic: the vendor sees no file or the whole file. Two instances racing
            // on one statement both rename a complete copy of the same statement.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StatementDeliveryFailedException("statement file " + name + " could not be dropped for print",
                    e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A leftover hidden .part file is ignored by the vendor; the failure itself was already reported.
        }
    }
}
