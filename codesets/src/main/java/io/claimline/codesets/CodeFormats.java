package io.claimline.codesets;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Format rules for every code kind, as pure functions. Each check trims, upper-cases and (for ICD-10-CM) drops the
 * dot, then answers the normalised code or the rule it breaks. Membership in a published code list is a separate
 * question ({@link CodeSets}).
 */
public final class CodeFormats {

    /** Longer input is refused before any pattern runs: no code of any kind is near this long. */
    static final int MAX_INPUT_LENGTH = 16;

    // CMS: a letter, a digit, an alphanumeric (the category), then up to 4 alphanumerics (etiology, site, severity,
    // the 7th character). U is included: U07.1 (COVID-19) and U09.9 are billable.
    private static final Pattern ICD_10_CM = Pattern.compile("[A-Z][0-9][A-Z0-9][A-Z0-9]{0,4}");
    private static final Pattern CPT_CATEGORY_I = Pattern.compile("[0-9]{5}");
    private static final Pattern CPT_CATEGORY_II = Pattern.compile("[0-9]{4}F");
    private static final Pattern CPT_CATEGORY_III = Pattern.compile("[0-9]{4}T");
    private static final Pattern HCPCS_LEVEL_II = Pattern.compile("[A-V][0-9]{4}");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern PLACE_OF_SERVICE = Pattern.compile("[0-9]{2}");

    static final String ICD_10_CM_RULE = "must be an ICD-10-CM code: a letter, a digit and a letter or digit, then up"
            + " to 4 more letters or digits, with an optional dot after the third character";
    static final String CPT_RULE = "must be a CPT code: 5 digits (Category I), or 4 digits followed by F (Category II)"
            + " or T (Category III)";
    static final String HCPCS_LEVEL_II_RULE = "must be a HCPCS Level II code: a letter A to V followed by 4 digits";
    static final String PROCEDURE_RULE = "must be a CPT code (5 digits, or 4 digits followed by F or T) or a HCPCS"
            + " Level II code (a letter A to V followed by 4 digits)";
    static final String MODIFIER_RULE = "must be a modifier: 2 letters or digits";
    static final String PLACE_OF_SERVICE_RULE = "must be a place of service code: 2 digits";

    private CodeFormats() {
    }

    /** ICD-10-CM, normalised without the dot and upper case, as the 837 HI segment carries it. */
    public static FormatCheck icd10Cm(String input) {
        String text = prepare(input);
        if (text == null) {
            return FormatCheck.refused(ICD_10_CM_RULE);
        }
        int dot = text.indexOf('.');
        if (dot >= 0) {
            // The dot is only ever written after the category, and something follows it.
            if (dot != 3 || text.length() == 4) {
                return FormatCheck.refused(ICD_10_CM_RULE);
            }
            text = text.substring(0, 3) + text.substring(4);
        }
        return ICD_10_CM.matcher(text).matches() ? FormatCheck.accepted(text) : FormatCheck.refused(ICD_10_CM_RULE);
    }

    /** CPT Category I, II or III. */
    public static FormatCheck cpt(String input) {
        return matching(input, CPT_RULE, CPT_CATEGORY_I, CPT_CATEGORY_II, CPT_CATEGORY_III);
    }

    /** HCPCS Level II (A0000 to V9999). */
    public static FormatCheck hcpcsLevel2(String input) {
        return matching(input, HCPCS_LEVEL_II_RULE, HCPCS_LEVEL_II);
    }

    /** Either a CPT code or a HCPCS Level II code; {@link ProcedureCode} tells which. */
    public static FormatCheck procedure(String input) {
        return matching(input, PROCEDURE_RULE, CPT_CATEGORY_I, CPT_CATEGORY_II, CPT_CATEGORY_III, HCPCS_LEVEL_II);
    }

    /** A CPT or HCPCS modifier. */
    public static FormatCheck modifier(String input) {
        return matching(input, MODIFIER_RULE, MODIFIER);
    }

    /** A place of service code; whether CMS publishes it is a code list question. */
    public static FormatCheck placeOfService(String input) {
        return matching(input, PLACE_OF_SERVICE_RULE, PLACE_OF_SERVICE);
    }

    /** The format check for a kind of code. */
    public static FormatCheck check(CodeKind kind, String input) {
        return switch (kind) {
            case ICD_10_CM -> icd10Cm(input);
            case CPT -> cpt(input);
            case HCPCS_LEVEL_II -> hcpcsLevel2(input);
            case MODIFIER -> modifier(input);
            case PLACE_OF_SERVICE -> placeOfService(input);
        };
    }

    static boolean isCpt(String normalised) {
        return CPT_CATEGORY_I.matcher(normalised).matches() || CPT_CATEGORY_II.matcher(normalised).matches()
                || CPT_CATEGORY_III.matcher(normalised).matches();
    }

    static boolean isCptCategoryI(String normalised) {
        return CPT_CATEGORY_I.matcher(normalised).matches();
    }

    static boolean isCptCategoryII(String normalised) {
        return CPT_CATEGORY_II.matcher(normalised).matches();
    }

    private static FormatCheck matching(String input, String rule, Pattern... patterns) {
        String text = prepare(input);
        if (text != null) {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(text).matches()) {
                    return FormatCheck.accepted(text);
                }
            }
        }
        return FormatCheck.refused(rule);
    }

    /** Trimmed and upper case, or null when missing or too long to be any code. */
    private static String prepare(String input) {
        if (input == null) {
            return null;
        }
        String text = input.strip();
        if (text.isEmpty() || text.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        // ROOT: never a locale's own upper case (Turkish dotless i would turn "i" into a non-ASCII letter).
        return text.toUpperCase(Locale.ROOT);
    }
}
