package io.claimline.patient.registry.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The order in which the patient's coverages pay changed: an explicit decision, never a side effect. */
@Revision("1")
public record CoveragesReorderedEvent(
        PatientId patientId,
        List<CoverageOrder> order,
        String reason,
        Instant reorderedAt) implements PatientEvent {
}
