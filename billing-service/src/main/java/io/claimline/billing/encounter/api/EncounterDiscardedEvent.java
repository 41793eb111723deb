package io.claimline.billing.encounter.api;

import java.time.Instant;

/**
 * An encounter still pending provider review was voided (recorded twice, on the wrong patient…). Claims never heard
 * of it, so nothing is published: a type of its own keeps "what is published" a matter of event types.
 */
public record EncounterDiscardedEvent(EncounterId encounterId, String reason, Instant discardedAt) {
}
