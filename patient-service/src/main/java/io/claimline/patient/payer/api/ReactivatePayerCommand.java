package io.claimline.patient.payer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The clinic bills a deactivated payer again; {@code expectedVersion} may be null (no If-Match). */
public record ReactivatePayerCommand(
        @TargetAggregateIdentifier PayerId payerId,
        @TargetAggregateVersion Long expectedVersion) {
}
