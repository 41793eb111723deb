package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code amount} came in from {@code fromAccountId}: the balance rises by it. */
@Revision("1")
public record BalanceTransferredInEvent(
        AccountId accountId,
        AccountId fromAccountId,
        String transferId,
        Money amount,
        Instant transferredAt,
        List<LedgerLineState> lines,
        Money unapplied) implements PatientAccountEvent {

    /**
     * {@code lines} and {@code unapplied} are the postings that moved with the balance (absent in transfers made
     * before accounts had postings: then all of {@code amount} moves as a balance brought forward).
     */
    public BalanceTransferredInEvent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        unapplied = unapplied == null ? Money.zero(amount.currency()) : unapplied;
    }

    public BalanceTransferredInEvent(AccountId accountId, AccountId fromAccountId, String transferId, Money amount,
            Instant transferredAt) {
        this(accountId, fromAccountId, transferId, amount, transferredAt, List.of(), null);
    }
}
