package io.claimline.billing.practice.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A provider's details as they are from {@code effectiveFrom}; {@code effectiveTo} is their last day (null: open). */
@Revision("1")
public record ProviderChangedEvent(PracticeId practiceId, ProviderId providerId, LocalDate effectiveFrom,
        LocalDate effectiveTo, ProviderDetails details, Instant recordedAt) implements PracticeEvent {
}
