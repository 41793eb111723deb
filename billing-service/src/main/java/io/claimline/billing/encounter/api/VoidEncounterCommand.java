package io.claimline.billing.encounter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Voids an encounter whose services were not rendered or were recorded on the wrong patient, with a reason. */
public record VoidEncounterCommand(@TargetAggregateIdentifier EncounterId encounterId, Long expectedVersion,
        String reason) {
}
