package io.claimline.billing.encounter.api;

import java.time.Instant;

/** A confirmed encounter was corrected: {@code data} is revision {@code revision} (2, 3, …), in full. */
public record EncounterAmendedEvent(EncounterId encounterId, int revision, EncounterData data, String reason,
        Instant amendedAt) {
}
