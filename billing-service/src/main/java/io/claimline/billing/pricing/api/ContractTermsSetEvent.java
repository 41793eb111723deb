package io.claimline.billing.pricing.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The contract's terms from {@code effectiveFrom} on, until its next version or end. */
@Revision("1")
public record ContractTermsSetEvent(ContractId contractId, LocalDate effectiveFrom, ContractTerms terms,
        Instant recordedAt) implements ContractEvent {
}
