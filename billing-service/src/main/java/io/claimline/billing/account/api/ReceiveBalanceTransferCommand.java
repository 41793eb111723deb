package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving side of a balance transfer: {@code amount} moved in from {@code fromAccountId}; once per id. */
public record ReceiveBalanceTransferCommand(
        @TargetAggregateIdentifier AccountId accountId,
        AccountId fromAccountId,
        String transferId,
        Money amount) {
}
