package io.claimline.platform.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A US postal address as an 837/270 carries it (N3/N4): street lines, city, a USPS state or territory code, and a
 * ZIP code of 5 or 9 digits kept without the hyphen. Messages never quote the rejected value (addresses are PHI).
 */
public record UsAddress(String line1, String line2, String city, String state, String postalCode) {

    /** USPS codes of the states, DC, the territories and the armed forces' addresses. */
    public static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP");

    static final int MAX_LINE = 55; // N301/N302 and N401 allow 55 characters

    public UsAddress {
        Fields fields = new Fields();
        line1 = fields.required("line1", line1, UsAddress::line);
        line2 = fields.optional("line2", line2, UsAddress::line);
        city = fields.required("city", city, UsAddress::line);
        state = fields.required("state", state, UsAddress::state);
        postalCode = fields.required("postalCode", postalCode, UsAddress::zip);
        fields.throwIfInvalid();
    }

    /** A ZIP code: 5 digits, or ZIP+4 as 9 digits with or without the hyphen; kept as digits only. */
    public static String zip(String raw) {
        String zip = raw.strip();
        if (zip.matches("\\d{5}") || zip.matches("\\d{9}")) {
            return zip;
        }
        if (zip.matches("\\d{5}-\\d{4}")) {
            return zip.replace("-", "");
        }
        throw new IllegalArgumentException("must be a US ZIP code of 5 or 9 digits");
    }

    public static String state(String raw) {
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!STATES.contains(code)) {
            throw new IllegalArgumentException("must be a two-letter USPS state or territory code");
        }
        return code;
    }

    private static String line(String raw) {
        String value = Normalizer.normalize(raw.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (value.length() > MAX_LINE) {
            throw new IllegalArgumentException("must be at most " + MAX_LINE + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
        return value;
    }

    @Override
    public String toString() {
        return "UsAddress[redacted]";
    }
}
