package io.claimline.patient.registry.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records that the demographics on file were confirmed with the patient. */
public record VerifyPatientDemographicsCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String note) {

    @Override
    public String toString() {
        return "VerifyPatientDemographicsCommand[patientId=" + patientId + "]"; // never PHI
    }
}
