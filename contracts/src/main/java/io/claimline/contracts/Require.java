package io.claimline.contracts;

import java.math.BigDecimal;
import java.util.UUID;

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
}
