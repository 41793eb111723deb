package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
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
        Instant transferredAt) implements PatientAccountEvent {
}
