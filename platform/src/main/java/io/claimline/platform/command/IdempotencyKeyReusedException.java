package io.claimline.platform.command;

/** The same Idempotency-Key came with a different request: answering the first result would mislead. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("idempotency key reused for a different request");
    }
}
