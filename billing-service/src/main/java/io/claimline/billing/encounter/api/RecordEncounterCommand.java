package io.claimline.billing.encounter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the services of one encounter; it waits for its rendering provider's review. */
public record RecordEncounterCommand(@TargetAggregateIdentifier EncounterId encounterId, EncounterData data) {
}
