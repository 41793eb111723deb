package io.claimline.patient.registry.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Puts a coverage on file. */
public record AddCoverageCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String coverageId,
        CoverageTerms terms) {

    @Override
    public String toString() {
        return "AddCoverageCommand[patientId=" + patientId + "]"; // never PHI
    }
}
