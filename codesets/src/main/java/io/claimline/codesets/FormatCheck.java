package io.claimline.codesets;

import java.util.Objects;

/**
 * The outcome of a format check: either the code in its normalised form, or the rule it breaks. The problem states
 * the rule only and never repeats the input, so it is safe to put in an error response or a log.
 */
public final class FormatCheck {

    private final String normalised;
    private final String problem;

    private FormatCheck(String normalised, String problem) {
        this.normalised = normalised;
        this.problem = problem;
    }

    static FormatCheck accepted(String normalised) {
        return new FormatCheck(Objects.requireNonNull(normalised), null);
    }

    static FormatCheck refused(String problem) {
        return new FormatCheck(null, Objects.requireNonNull(problem));
    }

    public boolean isAccepted() {
        return normalised != null;
    }

    /** The normalised code; only for an accepted check. */
    public String normalised() {
        if (normalised == null) {
            throw new IllegalStateException("the code was refused: " + problem);
        }
        return normalised;
    }

    /** The normalised code, or null when refused. */
    String normalisedOrNull() {
        return normalised;
    }

    /** The rule the input breaks; only for a refused check. */
    public String problem() {
        if (problem == null) {
            throw new IllegalStateException("the code was accepted");
        }
        return problem;
    }

    /** The normalised code, or {@link InvalidCodeException} with the rule. */
    public String orThrow() {
        if (normalised == null) {
            throw new InvalidCodeException(problem);
        }
        return normalised;
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted" : "refused: " + problem;
    }
}
