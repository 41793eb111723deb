package io.claimline.contracts;

/**
 * A message that can never be applied however often it is retried: it belongs on the dead-letter topic. The
 * message names the problem only (field names, types), never a field's value, so it can hold no PHI.
 */
public class MalformedIntegrationEventException extends RuntimeException {

    public MalformedIntegrationEventException(String reason) {
        super(reason);
    }

    public MalformedIntegrationEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
