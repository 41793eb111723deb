package io.claimline.billing.encounter.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects an encounter, with a reason. Pending: the rendering provider's amendment is their review (it confirms
 * the corrected encounter); anyone else's leaves it pending. Confirmed: a new revision, published as an amendment.
 */
public record AmendEncounterCommand(@TargetAggregateIdentifier EncounterId encounterId, Long expectedVersion,
        EncounterData data, String reason, Confirmer amender) {
}
