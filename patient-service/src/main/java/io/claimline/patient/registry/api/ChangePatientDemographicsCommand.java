package io.claimline.patient.registry.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects a patient's name or date of birth. {@code expectedVersion}, when given (from {@code If-Match}),
 * must be the version the caller read; otherwise the change conflicts with one made meanwhile.
 */
public record ChangePatientDemographicsCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String givenName,
        String familyName,
        LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "ChangePatientDemographicsCommand[patientId=" + patientId + "]";
    }
}
