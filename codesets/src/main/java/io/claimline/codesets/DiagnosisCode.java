package io.claimline.codesets;

/** An ICD-10-CM diagnosis code of valid format, held without the dot and upper case (as the 837 HI segment wants). */
public record DiagnosisCode(String value) {

    public DiagnosisCode {
        FormatCheck check = CodeFormats.icd10Cm(value);
        if (!check.isAccepted() || !check.normalised().equals(value)) {
            throw new InvalidCodeException(CodeFormats.ICD_10_CM_RULE + ", without the dot and upper case");
        }
    }

    /** Accepts the code with or without the dot, in any case. */
    public static DiagnosisCode of(String input) {
        return new DiagnosisCode(CodeFormats.icd10Cm(input).orThrow());
    }

    /** The code as people write it: with the dot after the category when there is more than the category. */
    public String withDot() {
        return value.length() > 3 ? value.substring(0, 3) + "." + value.substring(3) : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
