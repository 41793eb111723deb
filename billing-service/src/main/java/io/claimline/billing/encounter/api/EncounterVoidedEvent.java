package io.claimline.billing.encounter.api;

import java.time.Instant;

/** A confirmed encounter was voided at {@code revision}: claims must not bill it any more. */
public record EncounterVoidedEvent(EncounterId encounterId, int revision, String reason, Instant voidedAt) {
}
