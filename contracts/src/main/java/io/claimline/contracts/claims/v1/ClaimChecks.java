package io.claimline.contracts.claims.v1;

import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The shapes the claim payloads share, written once. Only the shapes: the check digits of an NPI and whether a code
 * exists on a date are claims-service's scrubber's business before anything is published; a consumer needs to know
 * the value fits its column and its X12 element.
 */
final class ClaimChecks {

    /** CLM01 as the x12 module writes it ({@code X12Text.requireIdentifier}): safe in any X12 element. */
    static final Pattern PATIENT_CONTROL_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9 .\\-]{0,19}(?<! )");
    static final Pattern NPI = Pattern.compile("[0-9]{10}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final Pattern FREQUENCY_CODE = Pattern.compile("[1-9]");
    static final int MAX_CONTROL_NUMBER = 999_999_999;
    static final int MAX_REASON = 500;
    static final int MAX_USER = 100;

    private ClaimChecks() {
    }

    static String patientControlNumber(String value, String field) {
        return Require.matches(value, PATIENT_CONTROL_NUMBER, field,
                "1 to 20 upper-case letters, digits, spaces, '-' or '.'");
    }

    static String npi(String value, String field) {
        return Require.matches(value, NPI, field, "a 10-digit NPI");
    }

    static String sha256(String value, String field) {
        return Require.matches(value, SHA256, field, "64 lower-case hexadecimal digits");
    }

    static String frequencyCode(String value, String field) {
        return Require.matches(value, FREQUENCY_CODE, field, "a one-digit claim frequency code");
    }

    static int controlNumber(int value, String field) {
        return Require.between(value, 1, MAX_CONTROL_NUMBER, field);
    }

    static BigDecimal amount(BigDecimal value, String field) {
        return Require.unsignedCents(value, field);
    }
}
