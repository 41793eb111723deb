package io.claimline.x12.claim;

import java.time.LocalDate;

/**
 * The code system of the claim's diagnoses, which decides HI's qualifiers: ICD-10-CM (ABK principal, ABF other)
 * for services on or after 1 October 2015, ICD-9-CM (BK, BF) before.
 */
public enum DiagnosisCodeSystem {
    ICD10("ABK", "ABF"), ICD9("BK", "BF");

    /** The HIPAA compliance date of ICD-10: dates of service from this day on are coded in ICD-10-CM. */
    public static final LocalDate ICD10_FROM = LocalDate.of(2015, 10, 1);

    private final String principalQualifier;
    private final String otherQualifier;

    DiagnosisCodeSystem(String principalQualifier, String otherQualifier) {
        this.principalQualifier = principalQualifier;
        this.otherQualifier = otherQualifier;
    }

    public static DiagnosisCodeSystem forDateOfService(LocalDate dateOfService) {
        return dateOfService.isBefore(ICD10_FROM) ? ICD9 : ICD10;
    }

    public String principalQualifier() {
        return principalQualifier;
    }

    public String otherQualifier() {
        return otherQualifier;
    }

    static DiagnosisCodeSystem ofQualifier(String qualifier) {
        for (DiagnosisCodeSystem system : values()) {
            if (system.principalQualifier.equals(qualifier) || system.otherQualifier.equals(qualifier)) {
                return system;
            }
        }
        throw new IllegalArgumentException("claim.diagnoses qualifier must be ABK/ABF or BK/BF");
    }
}
