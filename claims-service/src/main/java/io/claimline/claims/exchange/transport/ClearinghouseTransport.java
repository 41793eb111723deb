package io.claimline.claims.exchange.transport;

import java.util.List;

/**
 * How claims-service exchanges X12 files with its clearinghouse: it drops outbound files (837P batches) into the
 * clearinghouse's upload directory and polls the clearinghouse's download directory for what comes back (TA1, 999,
 * 277CA, 835). Implementations: {@link SftpTransport} and {@link DirectoryTransport}; which one runs is
 * {@code claimline.claims.clearinghouse.transport}.
 *
 * <p>Every method throws {@link TransportException} (unchecked) when the exchange fails; its
 * {@link TransportException#retryable()} tells a poller whether trying again later can help. Nothing here keeps
 * state: the caller records what it sent and stored, so that a crash between two calls is safe to repeat.
 */
public interface ClearinghouseTransport {

    /**
     * Uploads the file under its name, atomically: the bytes go to {@code <name>.part}, which is then renamed to
     * {@code <name>}, so the clearinghouse never picks up half a file. Idempotent: when {@code <name>} is there
     * already with the same size, nothing is uploaded and the call returns normally (a retry after a crash between
     * the rename and the caller's record of it). A file of that name with another size is refused: it is a
     * different file, and overwriting what the clearinghouse may be reading is never right.
     */
    void send(OutboundFile file);

    /**
     * The complete files waiting in the download directory, by name: no directories, no {@code .part} files, no
     * names starting with a dot (a writer's temporary file), nothing whose name is not a plain file name.
     */
    List<InboundFileRef> listInbound();

    /**
     * The file's bytes. A file larger than {@code claimline.claims.clearinghouse.max-file-size} is refused before
     * it is read, and reading stops at the limit if the file grew meanwhile.
     */
    byte[] fetch(InboundFileRef file);

    /**
     * Deletes the file from the download directory, once claims-service has stored and recorded it. A file that is
     * gone already is fine.
     */
    void remove(InboundFileRef file);
}
