package io.claimline.claims.scrubber;

/** Field paths (0-based, as the API names fields) and the 1-based positions a biller reads. */
final class Edits {

    private Edits() {
    }

    static String line(int index) {
        return "lines[" + index + "]";
    }

    static String diagnosis(int index) {
        return "diagnoses[" + index + "]";
    }

    /** "Line 3", as the claim form numbers its lines. */
    static String lineLabel(int index) {
        return "Line " + (index + 1);
    }

    static String diagnosisLabel(int index) {
        return "Diagnosis " + (index + 1);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
