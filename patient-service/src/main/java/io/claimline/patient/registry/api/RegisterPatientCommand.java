package io.claimline.patient.registry.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new patient of the caller's clinic (the clinic comes from the command's metadata).
 * {@code possibleDuplicates} are the clinic's patients the blind keys matched, recorded for review.
 */
public record RegisterPatientCommand(
        @TargetAggregateIdentifier PatientId patientId,
        PersonDetails person,
        List<PatientId> possibleDuplicates) {

    public RegisterPatientCommand {
        possibleDuplicates = possibleDuplicates == null ? List.of() : List.copyOf(possibleDuplicates);
    }

    @Override
    public String toString() {
        return "RegisterPatientCommand[patientId=" + patientId + "]"; // never the PHI
    }
}
