package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Insurance put on file for the patient; member id and subscriber sealed under the patient's key. */
@Revision("1")
public record CoverageAddedEvent(
        PatientId patientId,
        String coverageId,
        SealedCoverage coverage,
        Instant addedAt) implements PatientEvent {
}
