package io.claimline.billing.practice.api;

import java.text.Normalizer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The free-text fields of a practice setup (names, credentials, reasons) as X12 can carry them: trimmed, one space
 * between words, one Unicode spelling, no control characters, and no longer than the element allows.
 */
public final class PracticeText {

    /** NM103 (organisation or last name) allows 60 characters. */
    public static final int NAME = 60;
    /** NM104 (first name) allows 35 characters. */
    public static final int GIVEN_NAME = 35;
    public static final int CREDENTIAL = 20;
    public static final int REASON = 200;

    private static final Pattern CREDENTIAL_FORMAT = Pattern.compile("[\\p{L}][\\p{L}., -]*");
    private static final Pattern PO_BOX = Pattern.compile(
            "(?i)^(p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|box\\s+\\d)\\b.*");

    private PracticeText() {
    }

    /** A parser for one text field of at most {@code max} characters. */
    public static Function<String, String> text(int max) {
        return raw -> {
            String value = Normalizer.normalize(raw.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
            if (value.length() > max) {
                throw new IllegalArgumentException("must be at most " + max + " characters");
            }
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("must not contain control characters");
            }
            return value;
        };
    }

    /** MD, DO, NP, PA, "MD, PhD": letters with dots, commas, hyphens and spaces. */
    public static String credential(String raw) {
        String value = text(CREDENTIAL).apply(raw);
        if (!CREDENTIAL_FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("must be letters such as MD, DO, NP or PA");
        }
        return value;
    }

    /** A billing provider's and a service facility's address must be a street address (837P 2010AA/2310C). */
    public static boolean isPostOfficeBox(String line) {
        return line != null && PO_BOX.matcher(line.strip()).matches();
    }
}
