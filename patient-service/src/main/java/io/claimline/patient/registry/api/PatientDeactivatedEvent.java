package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient no longer receives care at the clinic; the record and its history stay. */
@Revision("1")
public record PatientDeactivatedEvent(
        PatientId patientId,
        String reason,
        Instant deactivatedAt) implements PatientEvent {
}
