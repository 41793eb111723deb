package io.claimline.x12.claim;

import java.util.Arrays;

/**
 * CLM05-3: whether this is a new claim, or replaces or voids one the payer already adjudicated. A claim rejected
 * before adjudication (999 or 277CA) was never filed: it is sent again as a new ORIGINAL with a new control number.
 */
public enum ClaimFrequency {
    ORIGINAL("1"), REPLACEMENT("7"), VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Replacements and voids name the claim they change (REF*F8, the payer's claim control number). */
    public boolean referencesOriginal() {
        return this != ORIGINAL;
    }

    static ClaimFrequency ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("claim.frequency must be 1, 7 or 8"));
    }
}
