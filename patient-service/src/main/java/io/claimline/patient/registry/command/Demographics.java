package io.claimline.patient.registry.command;

import java.text.Normalizer;
import java.time.LocalDate;

/**
 * The rules a patient's name and date of birth must meet, apart from Axon so they are tested on their own.
 * Messages state the rule only, never the rejected value (it is PHI).
 */
public record Demographics(String givenName, String familyName, LocalDate dateOfBirth) {

    static final int MAX_NAME_LENGTH = 100;

    public Demographics {
        givenName = requireName(givenName, "givenName");
        familyName = requireName(familyName, "familyName");
        if (dateOfBirth == null) {
            throw new IllegalArgumentException("dateOfBirth is required");
        }
        if (dateOfBirth.isBefore(LocalDate.of(1880, 1, 1))) {
            throw new IllegalArgumentException("dateOfBirth must be after 1880-01-01");
        }
    }

    /** A date of birth cannot lie after the day the patient is registered or corrected. */
    public Demographics notBornAfter(LocalDate today) {
        if (dateOfBirth.isAfter(today)) {
            throw new IllegalArgumentException("dateOfBirth must not be in the future");
        }
        return this;
    }

    private static String requireName(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        // One spelling per name: "é" typed as one character or as e + accent is the same name (and the same 837).
        String trimmed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must not contain control characters");
        }
        if (trimmed.chars().anyMatch(Demographics::isBidiControl)) {
            // They reorder how a name is displayed, so one name could pass for another.
            throw new IllegalArgumentException(field + " must not contain bidirectional control characters");
        }
        if (trimmed.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException(field + " must contain at least one letter");
        }
        return trimmed;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    @Override
    public String toString() {
        return "Demographics[redacted]";
    }
}
