package io.claimline.platform.integration;

/**
 * A well-formed integration event that a business rule of this consumer rejects (an out-of-order event, an unknown
 * reference). Unlike a malformed record it is not dead-lettered: it is recorded as refused with its reason, the
 * partition flows on, and an operator can re-drive it once the cause is fixed. The reason names rules and ids,
 * never PHI.
 */
public class IntegrationEventRefusedException extends RuntimeException {

    public IntegrationEventRefusedException(String reason) {
        super(reason);
    }
}
