package io.claimline.patient.payer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces every detail of a payer; {@code expectedVersion} (from {@code If-Match}) is the version read. */
public record ChangePayerCommand(
        @TargetAggregateIdentifier PayerId payerId,
        @TargetAggregateVersion Long expectedVersion,
        PayerDetails details) {
}
