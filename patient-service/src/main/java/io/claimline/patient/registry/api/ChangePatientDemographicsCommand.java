package io.claimline.patient.registry.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces a patient's demographics with a corrected set, saying why. {@code expectedVersion}, when given (from
 * {@code If-Match}), must be the version the caller read; otherwise the change conflicts with one made meanwhile.
 */
public record ChangePatientDemographicsCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        PersonDetails person,
        String reason) {

    @Override
    public String toString() {
        return "ChangePatientDemographicsCommand[patientId=" + patientId + "]";
    }
}
