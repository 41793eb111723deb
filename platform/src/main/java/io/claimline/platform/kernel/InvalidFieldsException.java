package io.claimline.platform.kernel;

import java.util.List;

/**
 * One or more fields of a write break a rule: answered as 400 problem+json with an {@code errors[]} entry per field.
 * A subtype of {@link IllegalArgumentException} so every path that already turns a broken rule into a 400 (also
 * through Axon's command bus) keeps doing so. Messages state the rule, never the rejected value (it may be PHI).
 */
public class InvalidFieldsException extends IllegalArgumentException {

    private final List<Problem> problems;

    public InvalidFieldsException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A field (a JSON path such as {@code address.postalCode}) and the rule it breaks. */
    public record Problem(String field, String message) {
    }
}
