package io.claimline.patient.patient.command;

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
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must not contain control characters");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return "Demographics[redacted]";
    }
}
