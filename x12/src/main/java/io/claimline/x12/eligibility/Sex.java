package io.claimline.x12.eligibility;

/** Administrative sex as X12 codes it (DMG03). */
public enum Sex {
    MALE("M"), FEMALE("F"), UNKNOWN("U");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
