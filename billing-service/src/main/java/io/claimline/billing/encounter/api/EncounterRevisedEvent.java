package io.claimline.billing.encounter.api;

import java.time.Instant;

/** A pending encounter was corrected before its review; it still waits for its rendering provider. */
public record EncounterRevisedEvent(EncounterId encounterId, EncounterData data, String reason, Instant revisedAt) {
}
