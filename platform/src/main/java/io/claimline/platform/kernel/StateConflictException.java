package io.claimline.platform.kernel;

/**
 * The request is well-formed but the resource's state does not allow it (already inactive, merged away…):
 * answered as 409. The message states the rule and is shown to the caller, so it never holds PHI.
 */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String rule) {
        super(rule);
    }
}
