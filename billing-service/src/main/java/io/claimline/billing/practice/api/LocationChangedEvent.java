package io.claimline.billing.practice.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A location's details as they are from {@code effectiveFrom}; {@code effectiveTo} is its last day (null: open). */
@Revision("1")
public record LocationChangedEvent(PracticeId practiceId, LocationId locationId, LocalDate effectiveFrom,
        LocalDate effectiveTo, LocationDetails details, Instant recordedAt) implements PracticeEvent {
}
