package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A coverage's terms were corrected (its priority changes only by reordering). */
@Revision("1")
public record CoverageChangedEvent(
        PatientId patientId,
        String coverageId,
        SealedCoverage coverage,
        String reason,
        Instant changedAt) implements PatientEvent {
}
