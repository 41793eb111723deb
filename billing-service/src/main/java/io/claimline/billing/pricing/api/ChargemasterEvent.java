package io.claimline.billing.pricing.api;

import java.time.Instant;

/** Everything that happens to a clinic's chargemaster. */
public sealed interface ChargemasterEvent permits PricesSetEvent, PricesEndedEvent {

    ChargemasterId chargemasterId();

    /** When the change was decided (not when it takes effect). */
    Instant recordedAt();
}
