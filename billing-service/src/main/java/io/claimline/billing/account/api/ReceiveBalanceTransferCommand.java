package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The receiving side of a balance transfer: {@code amount} moved in from {@code fromAccountId}, with the lines and
 * credit it consists of; once per id.
 */
public record ReceiveBalanceTransferCommand(
        @TargetAggregateIdentifier AccountId accountId,
        AccountId fromAccountId,
        String transferId,
        Money amount,
        List<LedgerLineState> lines,
        Money unapplied) {

    public ReceiveBalanceTransferCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
        unapplied = unapplied == null ? Money.zero(amount.currency()) : unapplied;
    }

    public ReceiveBalanceTransferCommand(AccountId accountId, AccountId fromAccountId, String transferId,
            Money amount) {
        this(accountId, fromAccountId, transferId, amount, List.of(), null);
    }
}
