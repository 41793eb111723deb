package io.claimline.billing.account.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A voided encounter's charges are taken back, line by line; idempotent on {@code source}. */
public record ReverseEncounterChargesCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String source,
        UUID encounterId,
        String reason) {
}
