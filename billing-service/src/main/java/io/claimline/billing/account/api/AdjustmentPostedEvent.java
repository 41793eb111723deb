package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code responsibility}'s share was adjusted for {@code reason}: {@code amount} is what the balance fell by
 * (negative for a bad-debt recovery, which raises it), spread over lines as {@code applied} (same sign).
 * {@code approvedBy} is the manager who approved a bad-debt write-off; {@code note} says why in words.
 */
public record AdjustmentPostedEvent(
        AccountId accountId,
        UUID postingId,
        String source,
        AdjustmentReason reason,
        Responsibility responsibility,
        Money amount,
        List<LineAmount> applied,
        String note,
        String approvedBy,
        Instant postedAt) implements LedgerPosting {

    public AdjustmentPostedEvent {
        applied = List.copyOf(applied);
    }
}
