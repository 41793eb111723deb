package io.claimline.billing.encounter.api;

import java.time.Instant;

/**
 * The encounter is confirmed as {@code data} (revision 1) and billable. {@code onBehalfReason} is set when a
 * manager confirmed for the rendering provider; {@code amendmentReason} when the provider's own correction was
 * their confirmation.
 */
public record EncounterConfirmedEvent(EncounterId encounterId, EncounterData data, String onBehalfReason,
        String amendmentReason, Instant confirmedAt) {
}
