package io.claimline.patient.registry.query;

import io.claimline.platform.kernel.UsAddress;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient as the registry shows them. {@code phiAvailable} is false once the patient's data key was destroyed
 * ({@code erasedAt}): the record remains, the PHI is gone. {@code reverificationDue} says the demographics were not
 * confirmed with the patient within the clinic's period (default 12 months).
 */
public record PatientSummary(
        String patientId,
        String givenName,
        String middleName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        String sex,
        UsAddress address,
        String phone,
        String email,
        String preferredContactMethod,
        String language,
        boolean phiAvailable,
        boolean active,
        Guarantor guarantor,
        Verification verification,
        String mergedInto,
        Instant registeredAt,
        Instant changedAt,
        Instant erasedAt,
        long version) {

    /** Who is financially responsible: SELF, another PATIENT, or a PERSON who is not a patient. */
    public record Guarantor(String guarantorId, String kind) {
    }

    /** When and by whom the demographics were last confirmed with the patient. */
    public record Verification(Instant verifiedAt, String verifiedBy, boolean reverificationDue) {
    }

    @Override
    public String toString() {
        return "PatientSummary[patientId=" + patientId + ", version=" + version + "]"; // never the PHI
    }
}
