package io.claimline.x12.claim;

import java.util.Arrays;

/** SBR01: which payer this claim goes to in the order of the patient's coverages. */
public enum PayerResponsibility {
    PRIMARY("P"), SECONDARY("S"), TERTIARY("T");

    private final String code;

    PayerResponsibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static PayerResponsibility ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("subscriber.responsibility must be P, S or T"));
    }
}
