package io.claimline.billing.practice.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The clinic's profile as it is from {@code effectiveFrom} on (until the next version's date). */
@Revision("1")
public record ClinicProfileChangedEvent(PracticeId practiceId, LocalDate effectiveFrom, ClinicProfile profile,
        Instant recordedAt) implements PracticeEvent {
}
