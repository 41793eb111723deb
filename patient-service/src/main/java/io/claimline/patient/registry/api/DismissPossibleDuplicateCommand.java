package io.claimline.patient.registry.api;


import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A reviewer says a candidate found at registration is a different person. */
public record DismissPossibleDuplicateCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        PatientId candidate,
        String reason) {

    @Override
    public String toString() {
        return "DismissPossibleDuplicateCommand[patientId=" + patientId + "]"; // never PHI
    }
}
