package io.claimline.billing.pricing.api;

import java.time.Instant;

/** Everything that happens to a payer contract. */
public sealed interface ContractEvent permits ContractTermsSetEvent, ContractEndedEvent {

    ContractId contractId();

    /** When the change was decided (not when it takes effect). */
    Instant recordedAt();
}
