package io.claimline.patient.registry.api;

/** The order coverages pay in (X12 SBR01 P/S/T). */
public enum Priority {
    PRIMARY("P"), SECONDARY("S"), TERTIARY("T");

    private final String x12;

    Priority(String x12) {
        this.x12 = x12;
    }

    public String x12() {
        return x12;
    }
}
