package io.claimline.platform.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects every field problem of one write before refusing it, so a caller fixes all of them in one round trip.
 * Value objects throw {@link IllegalArgumentException} with the rule; this names the field it came from.
 */
public final class Fields {

    private final String prefix;
    private final List<InvalidFieldsException.Problem> problems;

    public Fields() {
        this("", new ArrayList<>());
    }

    private Fields(String prefix, List<InvalidFieldsException.Problem> problems) {
        this.prefix = prefix;
        this.problems = problems;
    }

    /** The same collector for the fields of a nested object, e.g. {@code guarantor.address}. */
    public Fields nested(String field) {
        return new Fields(path(field), problems);
    }

    /** The value made by {@code parse}, or null after recording why it is not acceptable. */
    public <T> T value(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidFieldsException e) {
            e.problems().forEach(problem -> problems.add(
                    new InvalidFieldsException.Problem(path(field) + suffix(problem.field()), problem.message())));
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidFieldsException.Problem(path(field), e.getMessage()));
            return null;
        }
    }

    /** Parses an optional value: null or blank input stays null. */
    public <T> T optional(String field, String raw, Function<String, T> parse) {
        return raw == null || raw.isBlank() ? null : value(field, () -> parse.apply(raw));
    }

    /** Parses a value that must be present. */
    public <T> T required(String field, String raw, Function<String, T> parse) {
        if (raw == null || raw.isBlank()) {
            problems.add(new InvalidFieldsException.Problem(path(field), "is required"));
            return null;
        }
        return value(field, () -> parse.apply(raw));
    }

    /** Records a problem when the rule does not hold. */
    public Fields check(String field, boolean holds, String message) {
        if (!holds) {
            problems.add(new InvalidFieldsException.Problem(path(field), message));
        }
        return this;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Refuses the write when any field broke a rule. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    private static String suffix(String nestedField) {
        return nestedField == null || nestedField.isEmpty() ? "" : "." + nestedField;
    }
}
