package io.claimline.patient.registry.query;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient as the registry shows them. {@code phiAvailable} is false once the patient's data key was destroyed ({@code erasedAt}):
 * the record remains, the PHI is gone.
 */
public record PatientSummary(
        String patientId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        boolean phiAvailable,
        Instant registeredAt,
        Instant changedAt,
        Instant erasedAt,
        long version) {

    @Override
    public String toString() {
        return "PatientSummary[patientId=" + patientId + ", version=" + version + "]"; // never the PHI
    }
}
