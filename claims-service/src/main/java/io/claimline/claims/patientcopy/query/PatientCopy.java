package io.claimline.claims.patientcopy.query;

import java.time.Instant;

/**
 * What claims-service knows of a patient: enough to draft claims for them once charges arrive. A merged
 * duplicate's id answers with the survivor's copy (its {@code patientId} is then the survivor's). {@code
 * detailsOnFile}: the sealed demographics beyond name and date of birth (sex, address…) are kept.
 */
public record PatientCopy(String patientId, Instant registeredAt, Instant demographicsChangedAt, long lastSequence,
        boolean detailsOnFile) {
}
