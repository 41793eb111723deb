package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adjust {@code responsibility}'s share by {@code amount} (positive) for {@code reason}: on one line, or spread
 * over what it owes oldest first. {@code actorRoles} are the roles of whoever asks: some reasons need a manager.
 * Idempotent on {@code source}.
 */
public record PostAdjustmentCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String source,
        AdjustmentReason reason,
        Responsibility responsibility,
        Money amount,
        UUID lineId,
        String note,
        Set<String> actorRoles) {

    public PostAdjustmentCommand {
        actorRoles = Set.copyOf(actorRoles);
    }
}
