package io.claimline.patient.registry.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** At registration the blind keys matched these patients of the same clinic; they wait for review. */
@Revision("1")
public record PossibleDuplicatesFoundEvent(
        PatientId patientId,
        List<PatientId> candidates,
        Instant foundAt) implements PatientEvent {
}
