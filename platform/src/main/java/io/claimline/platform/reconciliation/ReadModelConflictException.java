package io.claimline.platform.reconciliation;

/** A read-model operation that cannot run now or on this group (409); the message is ours and names no data. */
public class ReadModelConflictException extends RuntimeException {

    public ReadModelConflictException(String message) {
        super(message);
    }
}
