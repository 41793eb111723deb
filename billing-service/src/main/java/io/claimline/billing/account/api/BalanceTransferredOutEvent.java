package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * {@code amount} left this account for {@code toAccountId} (a merge): the balance falls by it. The other half is
 * {@link BalanceTransferredInEvent} with the same {@code transferId}; balances are never edited.
 */
@Revision("1")
public record BalanceTransferredOutEvent(
        AccountId accountId,
        AccountId toAccountId,
        String transferId,
        Money amount,
        Instant transferredAt,
        List<LedgerLineState> lines,
        Money unapplied) implements PatientAccountEvent {

    /**
     * {@code lines} and {@code unapplied} are the postings that moved with the balance (absent in transfers made
     * before accounts had postings: then all of {@code amount} moves as a balance brought forward).
     */
    public BalanceTransferredOutEvent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        unapplied = unapplied == null ? Money.zero(amount.currency()) : unapplied;
    }

    public BalanceTransferredOutEvent(AccountId accountId, AccountId toAccountId, String transferId, Money amount,
            Instant transferredAt) {
        this(accountId, toAccountId, transferId, amount, transferredAt, List.of(), null);
    }
}
