package io.claimline.platform.web;

/**
 * An update came without {@code If-Match}: answering it would let the last writer silently win over a change the
 * caller never saw (428 Precondition Required, RFC 6585).
 */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("If-Match is required");
    }
}
