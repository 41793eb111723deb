package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A patient's name or date of birth was corrected; the new values are sealed like the first ones. */
@Revision("1")
public record PatientDemographicsChangedEvent(
        PatientId patientId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant changedAt) implements PatientEvent {
}
