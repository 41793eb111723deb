package io.claimline.billing.practice.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A rendering provider joined the clinic from {@code effectiveFrom}; {@code effectiveTo} is their last day (null: open). */
@Revision("1")
public record ProviderAddedEvent(PracticeId practiceId, ProviderId providerId, LocalDate effectiveFrom,
        LocalDate effectiveTo, ProviderDetails details, Instant recordedAt) implements PracticeEvent {
}
