package io.claimline.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks published payloads make on decoding, so that a record that breaks its contract is refused as malformed
 * (dead-lettered) instead of failing later in a consumer's database write and being retried forever. Messages
 * name the field, never its value.
 */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new MalformedIntegrationEventException(field + " is missing");
        }
        return value;
    }

    public static String uuid(String value, String field) {
        present(value, field);
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedIntegrationEventException(field + " is not a UUID");
        }
        return value;
    }

    /**
     * Who owes a part of a balance, as the ledger names it: {@code PATIENT} or {@code PAYER:<payer id>} (a UUID).
     * Anything else is malformed; the message names the field only.
     */
    public static String responsibility(String value, String field) {
        present(value, field);
        if (value.equals("PATIENT")) {
            return value;
        }
        if (!value.startsWith("PAYER:")) {
            throw new MalformedIntegrationEventException(field + " is neither PATIENT nor PAYER:<payer id>");
        }
        uuid(value.substring("PAYER:".length()), field);
        return value;
    }

    /** A dollar amount has at most two decimals (cents): no consumer should have to round it. Null passes. */
    public static BigDecimal cents(BigDecimal value, String field) {
        if (value != null && value.stripTrailingZeros().scale() > 2) {
            throw new MalformedIntegrationEventException(field + " has more than two decimals");
        }
        return value;
    }

    /** An amount that the contract defines as unsigned (a charge, a payment): cents, and never below zero. */
    public static BigDecimal unsignedCents(BigDecimal value, String field) {
        cents(present(value, field), field);
        if (value.signum() < 0) {
            throw new MalformedIntegrationEventException(field + " is negative");
        }
        return value;
    }

    /** Text that is there (not blank) and at most {@code maxLength} characters long. */
    public static String text(String value, String field, int maxLength) {
        present(value, field);
        if (value.isBlank()) {
            throw new MalformedIntegrationEventException(field + " is blank");
        }
        if (value.length() > maxLength) {
            throw new MalformedIntegrationEventException(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    /**
     * A value of a fixed shape (a code, a digest): {@code what} says what it should have been, since the message
     * may not quote the value.
     */
    public static String matches(String value, Pattern shape, String field, String what) {
        present(value, field);
        if (!shape.matcher(value).matches()) {
            throw new MalformedIntegrationEventException(field + " is not " + what);
        }
        return value;
    }

    /** A count, number or position with a lower bound (a submission is 1 or more, units above zero). */
    public static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new MalformedIntegrationEventException(field + " must be " + min + " or more");
        }
        return value;
    }

    /** An integer within {@code min..max} (an X12 control number). */
    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new MalformedIntegrationEventException(field + " must be " + min + " to " + max);
        }
        return value;
    }

    /** A list that is there, with {@code min} to {@code max} entries, none of them null; returned unmodifiable. */
    public static <T> List<T> size(List<T> values, int min, int max, String field) {
        present(values, field);
        if (values.size() < min || values.size() > max) {
            throw new MalformedIntegrationEventException(field + " must have " + min + " to " + max + " entries");
        }
        if (values.stream().anyMatch(v -> v == null)) {
            throw new MalformedIntegrationEventException(field + " has a missing entry");
        }
        return List.copyOf(values);
    }
}
