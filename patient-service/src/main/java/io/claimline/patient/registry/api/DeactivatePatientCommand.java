package io.claimline.patient.registry.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The patient leaves the clinic's active registry. */
public record DeactivatePatientCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {

    @Override
    public String toString() {
        return "DeactivatePatientCommand[patientId=" + patientId + "]"; // never PHI
    }
}
