package io.claimline.patient.registry.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A coverage ends on a date (the last day it pays for). */
@Revision("1")
public record CoverageEndedEvent(
        PatientId patientId,
        String coverageId,
        LocalDate terminationDate,
        String reason,
        Instant endedAt) implements PatientEvent {
}
