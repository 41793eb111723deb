package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A patient joined a clinic's registry. Name and date of birth are sealed under the patient's data key. */
@Revision("1")
public record PatientRegisteredEvent(
        PatientId patientId,
        String clinicId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant registeredAt) implements PatientEvent {
}
