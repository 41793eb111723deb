package io.claimline.billing.practice.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Health Care Provider Taxonomy code (NUCC code set, PRV03 in an 837P): ten characters, three digits for the
 * provider type, six letters or digits for classification and specialisation, and a closing {@code X}, e.g.
 * {@code 207Q00000X} (family medicine), {@code 363LF0000X} (family nurse practitioner). Kept upper case. Whether a
 * well-formed code is in the current NUCC release is not checked here (the set changes twice a year).
 */
public final class TaxonomyCode {

    static final Pattern FORMAT = Pattern.compile("\\d{3}[A-Z0-9]{6}X");

    private TaxonomyCode() {
    }

    public static String normalize(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("must be a NUCC taxonomy code: 3 digits, 6 letters or digits and X "
                    + "(207Q00000X)");
        }
        return code;
    }
}
