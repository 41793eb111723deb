package io.claimline.x12.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Construction checks shared by the 837P model. Messages name the field and the rule, never the value (values are
 * PHI or identifiers a log must not carry).
 */
final class Checks {

    private static final Pattern DIGITS_10 = Pattern.compile("\\d{10}");
    private static final Pattern DIGITS_9 = Pattern.compile("\\d{9}");
    private static final Pattern TAXONOMY = Pattern.compile("\\d{3}[0-9A-Z]{6}X");

    private Checks() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Optionals are never null; their content, when present, passes the same check as a required value. */
    static <T> Optional<T> optional(String field, Optional<T> value) {
        return Objects.requireNonNull(value, field + " must be an Optional, not null");
    }

    static <T> List<T> list(String field, List<T> values, int min, int max) {
        if (values == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(field + " must not contain empty entries");
        }
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(field + " must hold " + min + " to " + max + " entries");
        }
        return List.copyOf(values);
    }

    /**
     * An NPI: 10 digits whose Luhn check digit is computed over the card-issuer prefix 80840 followed by the first
     * nine digits (the CMS NPI standard).
     */
    static String npi(String field, String value) {
        if (value == null || !DIGITS_10.matcher(value).matches() || !luhnValid("80840" + value)) {
            throw new IllegalArgumentException(field + " must be a 10-digit NPI with a valid check digit");
        }
        return value;
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** An employer identification number as the guide sends it: 9 digits, no hyphen. */
    static String ein(String field, String value) {
        if (value == null || !DIGITS_9.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 9 digits without a hyphen");
        }
        return value;
    }

    /** A provider taxonomy code (NUCC): 10 characters ending in X, e.g. 207Q00000X. */
    static String taxonomy(String field, String value) {
        if (value == null || !TAXONOMY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a 10-character provider taxonomy code ending in X");
        }
        return value;
    }

    static String phone(String field, String value) {
        if (value == null || !DIGITS_10.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 10 digits (area code and number)");
        }
        return value;
    }

    /** Money as the model keeps it: not negative, at most two decimals, scale 2 (so equal amounts are equal). */
    static BigDecimal amount(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " must have at most two decimal places");
        }
        if (value.compareTo(new BigDecimal("9999999.99")) > 0) {
            throw new IllegalArgumentException(field + " must be at most 9999999.99");
        }
        return value.setScale(2);
    }
}
