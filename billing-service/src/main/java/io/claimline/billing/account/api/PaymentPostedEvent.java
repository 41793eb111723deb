package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code amount} was received from {@code paidBy} (the patient's side, or a payer) and applied to lines ({@code
 * applied}, lowering {@code paidBy}'s share of each); what a patient paid beyond what they owe is {@code
 * unapplied}, a credit on the account. {@code reference} is the check number, the card processor's reference, the
 * receipt number or the remittance's trace; a card is known by {@code cardLastFour} only.
 */
public record PaymentPostedEvent(
        AccountId accountId,
        UUID postingId,
        String source,
        Responsibility paidBy,
        PaymentMethod method,
        String reference,
        String cardLastFour,
        LocalDate receivedOn,
        Money amount,
        List<LineAmount> applied,
        Money unapplied,
        Instant postedAt) implements LedgerPosting {

    public PaymentPostedEvent {
        applied = List.copyOf(applied);
    }
}
