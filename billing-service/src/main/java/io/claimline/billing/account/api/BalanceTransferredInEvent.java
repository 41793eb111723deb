package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** {@code amount} came in from {@code fromAccountId}: the balance rises by it. */
@Revision("1")
public record BalanceTransferredInEvent(
        AccountId accountId,
        AccountId fromAccountId,
        String transferId,
        Money amount,
        Instant transferredAt) implements PatientAccountEvent {
}
