package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A credit of {@code to} (the patient's side or a payer that overpaid) was paid back: {@code amount} raises the
 * balance back towards zero, taken from the patient's unapplied credit first ({@code fromUnapplied}) and then from
 * lines that were overpaid ({@code applied}). Approved by a manager ({@code approvedBy}).
 */
public record RefundIssuedEvent(
        AccountId accountId,
        UUID postingId,
        String source,
        Responsibility to,
        PaymentMethod method,
        String reference,
        Money amount,
        Money fromUnapplied,
        List<LineAmount> applied,
        String reason,
        String approvedBy,
        Instant postedAt) implements LedgerPosting {

    public RefundIssuedEvent {
        applied = List.copyOf(applied);
    }
}
