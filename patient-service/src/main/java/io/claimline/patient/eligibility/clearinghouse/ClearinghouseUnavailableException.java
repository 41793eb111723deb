package io.claimline.patient.eligibility.clearinghouse;

/**
 * The clearinghouse could not be asked: no connection, no answer in time, a 5xx, or an answer that is not a CORE
 * envelope. The caller answers 503; nothing was decided. The message names no PHI.
 */
public class ClearinghouseUnavailableException extends RuntimeException {

    public ClearinghouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
