package io.claimline.patient.registry.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a coverage's terms (not its priority: reorder for that). */
public record ChangeCoverageCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String coverageId,
        CoverageTerms terms,
        String reason) {

    @Override
    public String toString() {
        return "ChangeCoverageCommand[patientId=" + patientId + "]"; // never PHI
    }
}
