package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A line's charge was taken back by {@code amount} (the encounter was voided, a line removed or its charge lowered
 * by an amendment), from {@code responsibility}'s share. History stays: the charge and its reversal both remain.
 */
public record ChargeReversedEvent(
        AccountId accountId,
        UUID postingId,
        String source,
        UUID encounterId,
        UUID lineId,
        Responsibility responsibility,
        Money amount,
        String reason,
        Instant postedAt) implements LedgerPosting {
}
