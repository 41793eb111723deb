package io.claimline.billing.pricing.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The contract is no longer in force after {@code effectiveTo} (its last day). */
@Revision("1")
public record ContractEndedEvent(ContractId contractId, LocalDate effectiveTo, Instant recordedAt)
        implements ContractEvent {
}
