package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code billing.account-events.v1} type {@code PaymentPosted}, version 1: {@code amount} was received from
 * {@code paidBy} and applied to lines ({@code applied}, each lowering {@code paidBy}'s share of the line); what a
 * patient paid beyond what they owed is {@code unapplied}, a credit on the account. amount = Σ applied + unapplied.
 * A card is known by {@code cardLastFour} and the processor's {@code reference} only: no card number is ever
 * accepted, stored or published.
 *
 * @param method {@code CASH}, {@code CARD}, {@code CHECK} or {@code EFT}
 * @param reference the check number, card processor's reference, receipt number or remittance trace
 * @param cardLastFour the card's last four digits; null unless {@code method} is CARD
 */
public record PaymentPosted(
        String clinicId,
        String accountId,
        String postingId,
        String paidBy,
        String method,
        String reference,
        String cardLastFour,
        LocalDate receivedOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<AppliedAmount> applied,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unapplied,
        Instant postedAt) implements KeyedPayload {

    public static final String TYPE = "PaymentPosted";
    public static final int VERSION = 1;

    public PaymentPosted {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.uuid(postingId, "postingId");
        Require.responsibility(paidBy, "paidBy");
        Require.present(method, "method");
        Require.present(reference, "reference");
        if (cardLastFour != null && !cardLastFour.matches("[0-9]{4}")) {
            // Anything longer could be a card number: refused, never carried on.
            throw new MalformedIntegrationEventException("cardLastFour is not four digits");
        }
        Require.present(receivedOn, "receivedOn");
        Require.unsignedCents(amount, "amount");
        applied = List.copyOf(Require.present(applied, "applied"));
        Require.unsignedCents(unapplied, "unapplied");
        Require.present(postedAt, "postedAt");
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
