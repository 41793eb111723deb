package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code amount} of a line's balance moved from {@code from} to {@code to} (insurance → patient after
 * adjudication or for the copay, primary → secondary): the balance is unchanged, who owes it is not.
 */
public record ResponsibilityTransferredEvent(
        AccountId accountId,
        UUID postingId,
        String source,
        UUID lineId,
        Responsibility from,
        Responsibility to,
        Money amount,
        TransferReason reason,
        Instant postedAt) implements LedgerPosting {
}
