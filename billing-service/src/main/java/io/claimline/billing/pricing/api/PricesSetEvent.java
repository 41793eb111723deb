package io.claimline.billing.pricing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Each code's unit price from {@code effectiveFrom} on, until its next version or end. */
@Revision("1")
public record PricesSetEvent(ChargemasterId chargemasterId, LocalDate effectiveFrom, List<PriceEntry> prices,
        Instant recordedAt) implements ChargemasterEvent {
}
