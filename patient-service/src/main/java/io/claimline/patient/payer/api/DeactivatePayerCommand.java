package io.claimline.patient.payer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The clinic stops billing the payer; {@code expectedVersion} may be null (no If-Match). */
public record DeactivatePayerCommand(
        @TargetAggregateIdentifier PayerId payerId,
        @TargetAggregateVersion Long expectedVersion) {
}
