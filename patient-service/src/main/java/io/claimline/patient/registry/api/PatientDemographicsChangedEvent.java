package io.claimline.patient.registry.api;

import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A patient's demographics were changed: the whole new set, sealed like the first one, and why (who and when are
 * the event's metadata and timestamp). {@code details} and {@code reason} are absent in events stored before them.
 */
@Revision("1")
public record PatientDemographicsChangedEvent(
        PatientId patientId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant changedAt,
        SealedDetails details,
        String reason) implements PatientEvent {
}
