package io.claimline.platform.phi;

/** The vault could not be reached or refused this service: the caller gets 503 and may retry later. */
public class PhiVaultUnavailableException extends RuntimeException {

    public PhiVaultUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
