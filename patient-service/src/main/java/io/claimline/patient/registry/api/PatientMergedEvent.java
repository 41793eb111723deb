package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** This patient was a duplicate of the surviving one: its history stays, its id now points there. */
@Revision("1")
public record PatientMergedEvent(
        PatientId patientId,
        PatientId survivingPatientId,
        String reason,
        Instant mergedAt) implements PatientEvent {
}
