package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A reviewer decided that a candidate is a different person. */
@Revision("1")
public record PossibleDuplicateDismissedEvent(
        PatientId patientId,
        PatientId candidate,
        String reason,
        Instant dismissedAt) implements PatientEvent {
}
