package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A patient joined a clinic's registry. Every demographic is sealed under the patient's data key; {@code details}
 * is absent in events stored before the full demographics existed.
 */
@Revision("1")
public record PatientRegisteredEvent(
        PatientId patientId,
        String clinicId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant registeredAt,
        SealedDetails details) implements PatientEvent {
}
