package io.claimline.billing.encounter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Confirms a pending encounter. {@code confirmerNpi} is the NPI the caller's token carries (null for a manager
 * without one); {@code onBehalfReason} is required when the confirmer is not the rendering provider.
 */
public record ConfirmEncounterCommand(@TargetAggregateIdentifier EncounterId encounterId, Long expectedVersion,
        Confirmer confirmer, String onBehalfReason) {
}
