package io.claimline.patient.registry.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Merges this (losing) patient into the surviving one, which the caller checked exists in the clinic. */
public record MergePatientCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        PatientId survivingPatientId,
        String reason) {

    @Override
    public String toString() {
        return "MergePatientCommand[patientId=" + patientId + "]"; // never PHI
    }
}
