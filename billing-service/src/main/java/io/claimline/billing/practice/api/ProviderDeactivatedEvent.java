package io.claimline.billing.practice.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The provider renders no services for the clinic after {@code effectiveTo}; their history stays readable. */
@Revision("1")
public record ProviderDeactivatedEvent(PracticeId practiceId, ProviderId providerId, LocalDate effectiveTo,
        String reason, Instant recordedAt) implements PracticeEvent {
}
