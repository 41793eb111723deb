package io.claimline.claims.scrubber;

import io.claimline.codesets.CodeFormats;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ICD-10-CM for services on or after 1 October 2015 (HIPAA's compliance date), ICD-9-CM before. A code's format
 * tells the system only sometimes: a code starting with a digit is ICD-9-CM, but V and E codes fit both (V7231 is an
 * ICD-9-CM V code and the shape of an ICD-10-CM code; E119 the reverse), so such a code counts as either.
 */
enum DiagnosisCodeSystem {
    ICD_10_CM("ICD-10-CM"),
    ICD_9_CM("ICD-9-CM");

    static final LocalDate ICD_10_FROM = LocalDate.of(2015, 10, 1);

    // ICD-9-CM: 3 digits (+ up to 2 after the dot), V + 2 digits (+ up to 2), E + 3 digits (+ 1).
    private static final Pattern ICD_9_CM_FORMAT = Pattern.compile("[0-9]{3}(\\.?[0-9]{1,2})?|V[0-9]{2}(\\.?[0-9]{1,2})?"
            + "|E[0-9]{3}(\\.?[0-9])?");

    private final String label;

    DiagnosisCodeSystem(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static DiagnosisCodeSystem forDate(LocalDate dateOfService) {
        return dateOfService.isBefore(ICD_10_FROM) ? ICD_9_CM : ICD_10_CM;
    }

    DiagnosisCodeSystem other() {
        return this == ICD_10_CM ? ICD_9_CM : ICD_10_CM;
    }

    /** Whether the code has this system's format (not whether the code exists). */
    boolean fits(String code) {
        if (code == null) {
            return false;
        }
        if (this == ICD_10_CM) {
            return CodeFormats.icd10Cm(code).isAccepted();
        }
        return ICD_9_CM_FORMAT.matcher(code.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** Whether the code fits this system's format and not the other's, so it can only be of this system. */
    boolean onlyFits(String code) {
        return fits(code) && !other().fits(code);
    }
}
