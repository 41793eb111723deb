package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code billing.account-events.v1} type {@code BalanceChanged}, version 1: the account's balance by responsibility
 * right after one posting ({@code cause}, published just before this record, with the same envelope
 * {@code sequence}) or one half of a merge's balance transfer. {@code balances} names every responsibility that ever
 * held a part of the account's balance, zeros included, so a consumer replaces what it holds; balance =
 * Σ balances. The patient's balance counts their unapplied credit against what they owe (it can be negative: a
 * credit). Apply the one with the highest envelope {@code sequence} per account.
 *
 * @param cause the published type of the posting ({@code ChargePosted}, {@code ChargeReversed}, {@code PaymentPosted},
 *     {@code AdjustmentPosted}, {@code RefundIssued}, {@code ResponsibilityTransferred}), or
 *     {@code BalanceTransferredIn}/{@code BalanceTransferredOut} for a merge
 * @param postingId the posting's id; null for a merge's transfer
 * @param transferId the merge's transfer id; null for a posting
 */
public record BalanceChanged(
        String clinicId,
        String accountId,
        String cause,
        String postingId,
        String transferId,
        List<ResponsibilityBalance> balances,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unappliedCredit,
        Instant changedAt) implements KeyedPayload {

    public static final String TYPE = "BalanceChanged";
    public static final int VERSION = 1;

    public BalanceChanged {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.present(cause, "cause");
        if (postingId != null) {
            Require.uuid(postingId, "postingId");
        }
        balances = List.copyOf(Require.present(balances, "balances"));
        Require.cents(Require.present(balance, "balance"), "balance");
        Require.unsignedCents(unappliedCredit, "unappliedCredit");
        Require.present(changedAt, "changedAt");
        BigDecimal sum = balances.stream().map(ResponsibilityBalance::balance).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (sum.compareTo(balance) != 0) {
            throw new MalformedIntegrationEventException("balance is not the sum of balances");
        }
    }

    @Override
    public String aggregateId() {
        return accountId;
    }

    /** What one responsibility ({@code PATIENT} or {@code PAYER:<payer id>}) owes on the account; negative: a credit. */
    public record ResponsibilityBalance(String responsibility,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance) {

        public ResponsibilityBalance {
            Require.responsibility(responsibility, "balances.responsibility");
            Require.cents(Require.present(balance, "balances.balance"), "balances.balance");
        }
    }
}
