package io.claimline.patient.registry.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The person financially responsible for the patient, with a snapshot of their sealed contact (under the
 * guarantor's own key).
 */
@Revision("1")
public record GuarantorAssignedEvent(
        PatientId patientId,
        String guarantorId,
        GuarantorKind kind,
        SealedContact guarantor,
        String reason,
        Instant assignedAt) implements PatientEvent {
}
