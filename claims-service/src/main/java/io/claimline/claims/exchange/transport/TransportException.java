package io.claimline.claims.exchange.transport;

/**
 * The exchange with the clearinghouse failed. {@link Reason#UNAVAILABLE}: it could not be reached or did not answer
 * in time (try again later, nothing was decided). {@link Reason#REFUSED}: it answered no (wrong credentials or host
 * key, no permission, a name clash, a file over the size limit); retrying the same thing will fail the same way
 * until someone changes the configuration or the file. Messages name the operation, the host and the file name,
 * never file content (PHI) or a secret.
 */
public class TransportException extends RuntimeException {

    public enum Reason { UNAVAILABLE, REFUSED }

    private final Reason reason;

    public TransportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public static TransportException unavailable(String message, Throwable cause) {
        return new TransportException(Reason.UNAVAILABLE, message, cause);
    }

    public static TransportException refused(String message, Throwable cause) {
        return new TransportException(Reason.REFUSED, message, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** Whether trying the same call again later can succeed. */
    public boolean retryable() {
        return reason == Reason.UNAVAILABLE;
    }
}
