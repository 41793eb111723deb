package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.util.List;

/** What a merge moved out of an account: the balance, its service lines and the patient's unapplied credit. */
public record MovedBalance(Money amount, List<LedgerLineState> lines, Money unapplied) {

    public MovedBalance {
        lines = List.copyOf(lines);
    }
}
