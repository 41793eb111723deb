package io.claimline.claims.patientcopy.query;

import java.time.Instant;

/** What claims-service knows of a patient: enough to draft claims for them once charges arrive. */
public record PatientCopy(String patientId, Instant registeredAt, Instant demographicsChangedAt, long lastSequence) {
}
