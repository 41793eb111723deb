package io.claimline.patient.registry.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets the order the patient's coverages pay in. */
public record ReorderCoveragesCommand(
        @TargetAggregateIdentifier PatientId patientId,
        @TargetAggregateVersion Long expectedVersion,
        List<CoverageOrder> order,
        String reason) {

    @Override
    public String toString() {
        return "ReorderCoveragesCommand[patientId=" + patientId + "]"; // never PHI
    }
}
