package io.claimline.x12.claim;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One diagnosis code as HI carries it: without the decimal point (J06.9 is sent as J069).
 *
 * @param system ICD-10-CM or ICD-9-CM
 * @param code   ICD-10-CM: a letter, a digit, then 1 to 5 letters or digits; ICD-9-CM: 3 to 5 characters starting
 *               with a digit, E or V
 */
public record Diagnosis(DiagnosisCodeSystem system, String code) {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z]{1,5}");
    private static final Pattern ICD9 = Pattern.compile("[0-9EV][0-9]{2,4}");

    public Diagnosis {
        Objects.requireNonNull(system, "diagnosis.system");
        if (code == null || code.indexOf('.') >= 0) {
            throw new IllegalArgumentException("diagnosis.code is required and is written without the decimal point");
        }
        Pattern format = system == DiagnosisCodeSystem.ICD10 ? ICD10 : ICD9;
        if (!format.matcher(code).matches()) {
            throw new IllegalArgumentException("diagnosis.code is not in the " + system + " format");
        }
    }

    public static Diagnosis icd10(String code) {
        return new Diagnosis(DiagnosisCodeSystem.ICD10, code);
    }
}
