package io.claimline.patient.registry.web;

import java.util.List;

/** Answer to a registration: the new id and the clinic's patients it may duplicate (for review, not refused). */
public record PatientRegistration(String patientId, List<String> possibleDuplicates) {

    public PatientRegistration {
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }
}
