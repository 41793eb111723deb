package io.claimline.billing.encounter.api;

import java.time.Instant;

/** The encounter was voided; {@code wasConfirmed} tells whether claims had been told of it. */
public record EncounterVoidedEvent(EncounterId encounterId, int revision, boolean wasConfirmed, String reason,
        Instant voidedAt) {
}
