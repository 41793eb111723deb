package io.claimline.codesets;

/** A code that breaks its format rule. The message states the rule, never the value. */
public class InvalidCodeException extends IllegalArgumentException {

    public InvalidCodeException(String rule) {
        super(rule);
    }
}
