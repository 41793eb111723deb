package io.claimline.billing.encounter.api;

import java.time.Instant;

/** An encounter was recorded; pending its rendering provider's review. Who: the event's metadata. */
public record EncounterRecordedEvent(EncounterId encounterId, String clinicId, EncounterData data,
        Instant recordedAt) {
}
