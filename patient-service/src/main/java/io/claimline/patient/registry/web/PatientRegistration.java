package io.claimline.patient.registry.web;

/** What a registration answers (and what a retry with the same Idempotency-Key answers again). */
public record PatientRegistration(String patientId) {
}
