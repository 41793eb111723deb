package io.claimline.platform.kernel;

/**
 * The request is well-formed but the resource's state does not allow it (already inactive, merged away…):
 * answered as 409. The message states the rule and is shown to the caller, so it never holds PHI.
 */
public class StateConflictException extends RuntimeException {

    private final String field;

    public StateConflictException(String rule) {
        this(null, rule);
    }

    /** A conflict with what one request field names (a coverage not in force…): the problem's errors[] names it. */
    public StateConflictException(String field, String rule) {
        super(rule);
        this.field = field;
    }

    /** The request field the conflict is about, or null. */
    public String field() {
        return field;
    }
}
