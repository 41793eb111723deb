package io.claimline.patient.guarantor.api;

import io.claimline.patient.registry.api.PersonDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a financially responsible person who is not a patient of the clinic (a parent, a spouse…). */
public record RegisterGuarantorCommand(@TargetAggregateIdentifier GuarantorId guarantorId, PersonDetails person) {

    @Override
    public String toString() {
        return "RegisterGuarantorCommand[guarantorId=" + guarantorId + "]";
    }
}
