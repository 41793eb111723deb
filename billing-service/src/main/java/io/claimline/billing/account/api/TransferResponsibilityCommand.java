package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move {@code amount} of a line's balance from {@code from} to {@code to}; idempotent on {@code source}. */
public record TransferResponsibilityCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String source,
        UUID lineId,
        Responsibility from,
        Responsibility to,
        Money amount,
        TransferReason reason) {
}
