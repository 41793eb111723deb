package io.claimline.billing.pricing.api;

import io.claimline.platform.kernel.StateConflictException;

/**
 * A write that is well-formed but contradicts the chargemaster or contract as it stands (a version not after the
 * latest one, ending what is not in force): answered 409 with the field it concerns. Messages state the rule; they
 * may name a procedure code (a public code, never PHI) so that a bulk write's caller knows which line to fix.
 */
public class PricingConflictException extends StateConflictException {

    private final String field;

    public PricingConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
