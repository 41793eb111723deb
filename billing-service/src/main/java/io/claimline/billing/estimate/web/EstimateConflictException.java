package io.claimline.billing.estimate.web;

/**
 * The request is well-formed but what billing knows forbids it (a coverage not in force on the date, an insured
 * patient asking for a good-faith estimate, no practice setup): answered 409 naming the field. Never values.
 */
class EstimateConflictException extends RuntimeException {

    private final String field;

    EstimateConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
