package io.claimline.patient.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Destroys a patient's data key (crypto-shredding): their PHI becomes unreadable in every event, read model,
 * Kafka record and service at once. {@code reason} is one of {@link ErasureReasons#ALL}.
 */
public record ErasePatientDataCommand(@TargetAggregateIdentifier PatientId patientId, String reason) {
}
