package io.claimline.patient.guarantor.api;

import io.claimline.patient.registry.api.PersonDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces a guarantor's name and contact with a corrected set, saying why. */
public record ChangeGuarantorCommand(@TargetAggregateIdentifier GuarantorId guarantorId,
        @TargetAggregateVersion Long expectedVersion, PersonDetails person, String reason) {

    @Override
    public String toString() {
        return "ChangeGuarantorCommand[guarantorId=" + guarantorId + "]";
    }
}
