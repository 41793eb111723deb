package io.claimline.patient.registry.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a payer's 271 answer to an eligibility check of a coverage. */
public record RecordEligibilityCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String coverageId,
        String checkId,
        LocalDate dateOfService,
        EligibilityOutcome outcome) {

    @Override
    public String toString() {
        return "RecordEligibilityCommand[patientId=" + patientId + "]"; // never PHI
    }
}
