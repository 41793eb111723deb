package io.claimline.patient.registry.command;

import io.claimline.platform.kernel.InvalidFieldsException;

/** The "why" of a change, as people type it: free text of bounded length (it must not be used for PHI). */
final class Reasons {

    static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of("reason", "is required");
        }
        return optional(reason);
    }

    static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String value = reason.strip();
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw InvalidFieldsException.of("reason", "must be at most " + MAX_LENGTH + " printable characters");
        }
        return value;
    }
}
