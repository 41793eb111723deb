package io.claimline.patient.registry.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new patient of the caller's clinic (the clinic comes from the command's metadata). */
public record RegisterPatientCommand(
        @TargetAggregateIdentifier PatientId patientId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "RegisterPatientCommand[patientId=" + patientId + "]"; // never the PHI
    }
}
