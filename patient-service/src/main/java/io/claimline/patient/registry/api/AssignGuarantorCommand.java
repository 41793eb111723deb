package io.claimline.patient.registry.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Names the person financially responsible; {@code guarantor} is their sealed contact, read by the caller from the
 * registry.
 */
public record AssignGuarantorCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        String guarantorId,
        GuarantorKind kind,
        SealedContact guarantor,
        String reason) {

    @Override
    public String toString() {
        return "AssignGuarantorCommand[patientId=" + patientId + "]"; // never PHI
    }
}
