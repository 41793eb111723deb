package io.claimline.x12;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The character rule for values we write (see ADR 0013).
 *
 * <p>Our separators are {@code ~ * : ^} (segment, element, component, repetition); no value may contain one.
 * <ul>
 *   <li><b>Names and other free text are cleaned</b>: upper-cased, accents removed (É becomes E), every character
 *       outside the X12 basic character set (A-Z, 0-9, space and {@code ! " & ' ( ) + , - . / ; ? =}) replaced by a
 *       space, runs of spaces collapsed, trimmed, and cut to the element's maximum length. A name is still the
 *       same person after that; payers match names the same way.</li>
 *   <li><b>Identifiers are checked, never changed</b> (member id, NPI, payer id, trace numbers, envelope ids):
 *       they must be upper-case letters, digits, spaces or {@code - .}, else IllegalArgumentException naming the
 *       field. Silently altering an identifier would ask about someone else.</li>
 * </ul>
 * Exception messages name the field, never the value (values are PHI).
 */
public final class X12Text {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_BASIC = Pattern.compile("[^A-Z0-9 !\"&'()+,\\-./;?=]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9][A-Z0-9 .\\-]*");

    private X12Text() {
    }

    /** Cleans free text; returns "" when nothing printable is left. */
    public static String clean(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toUpperCase(Locale.ROOT);
        String basic = NOT_BASIC.matcher(plain).replaceAll(" ");
        String collapsed = SPACES.matcher(basic).replaceAll(" ").trim();
        return collapsed.length() <= maxLength ? collapsed : collapsed.substring(0, maxLength).trim();
    }

    /** Cleans a required free-text field; throws when nothing is left. */
    public static String requireText(String field, String text, int maxLength) {
        String cleaned = clean(text, maxLength);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException(field + " is required and must contain letters or digits");
        }
        return cleaned;
    }

    /** Checks an identifier against the rule and its length; returns it unchanged. */
    public static String requireIdentifier(String field, String value, int minLength, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (!IDENTIFIER.matcher(value).matches() || value.endsWith(" ")) {
            throw new IllegalArgumentException(field
                    + " may contain only upper-case letters, digits, spaces, '-' and '.'");
        }
        if (value.length() < minLength || value.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be " + minLength + " to " + maxLength
                    + " characters long");
        }
        return value;
    }
}
