package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code billing.account-events.v1} type {@code RefundIssued}, version 1: a credit of {@code to} was paid back,
 * approved by a manager. {@code amount} raises the balance back towards zero: taken from the patient's unapplied
 * credit first ({@code fromUnapplied}), then from overpaid lines ({@code applied}); amount = fromUnapplied +
 * Σ applied. The manager's free-text reason stays in billing.
 */
public record RefundIssued(
        String clinicId,
        String accountId,
        String postingId,
        String to,
        String method,
        String reference,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fromUnapplied,
        List<AppliedAmount> applied,
        String approvedBy,
        Instant postedAt) implements KeyedPayload {

    public static final String TYPE = "RefundIssued";
    public static final int VERSION = 1;

    public RefundIssued {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.uuid(postingId, "postingId");
        Require.responsibility(to, "to");
        Require.present(method, "method");
        Require.present(reference, "reference");
        Require.unsignedCents(amount, "amount");
        Require.unsignedCents(fromUnapplied, "fromUnapplied");
        applied = List.copyOf(Require.present(applied, "applied"));
        Require.present(approvedBy, "approvedBy");
        Require.present(postedAt, "postedAt");
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
