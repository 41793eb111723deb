package io.claimline.billing.pricing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The codes are no longer priced after {@code effectiveTo} (their last priced day). */
@Revision("1")
public record PricesEndedEvent(ChargemasterId chargemasterId, LocalDate effectiveTo, List<String> codes,
        Instant recordedAt) implements ChargemasterEvent {
}
