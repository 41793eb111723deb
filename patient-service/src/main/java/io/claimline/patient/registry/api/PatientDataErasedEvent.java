package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient's data key was destroyed: every sealed copy of their PHI is unreadable from now on. */
@Revision("1")
public record PatientDataErasedEvent(PatientId patientId, String reason, Instant erasedAt) implements PatientEvent {
}
