package io.claimline.billing.practice.api;

import java.time.Instant;

/** Everything that happens to a clinic's practice setup. */
public sealed interface PracticeEvent permits ClinicProfileChangedEvent, ProviderAddedEvent, ProviderChangedEvent,
        ProviderDeactivatedEvent, LocationAddedEvent, LocationChangedEvent {

    PracticeId practiceId();

    /** When the change was decided (not when it takes effect). */
    Instant recordedAt();
}
