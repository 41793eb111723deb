package io.claimline.billing.practice.api;

/**
 * A clinic's federal tax id as an 837P carries it (REF*EI in loop 2010AA): an employer identification number of
 * nine digits, written {@code 12-3456789} or {@code 123456789}, kept as digits only. The IRS assigns no EIN with the
 * prefix 00, so that one is surely a typo; the list of campus prefixes changes over time and is not checked here.
 */
public final class TaxId {

    private TaxId() {
    }

    /** The nine digits, or an {@link IllegalArgumentException} stating the rule. */
    public static String normalize(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (!value.matches("\\d{9}") && !value.matches("\\d{2}-\\d{7}")) {
            throw new IllegalArgumentException("must be an EIN of 9 digits, with or without a hyphen after the "
                    + "second (12-3456789)");
        }
        String digits = value.replace("-", "");
        if (digits.startsWith("00")) {
            throw new IllegalArgumentException("must not start with 00 (no EIN has that prefix)");
        }
        return digits;
    }
}
