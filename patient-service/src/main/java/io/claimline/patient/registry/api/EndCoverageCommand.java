package io.claimline.patient.registry.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ends a coverage on a date. */
public record EndCoverageCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String coverageId,
        LocalDate terminationDate,
        String reason) {

    @Override
    public String toString() {
        return "EndCoverageCommand[patientId=" + patientId + "]"; // never PHI
    }
}
