package io.claimline.billing.practice.api;

/**
 * A write that is well-formed but contradicts the practice as it stands (a second version for one effective date,
 * an NPI another provider holds): answered 409 with the field it concerns. Messages state the rule, never values.
 */
public class PracticeConflictException extends RuntimeException {

    private final String field;

    public PracticeConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
