package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.util.UUID;

/** The part of a posting that lands on one service line of the ledger. */
public record LineAmount(UUID lineId, Money amount) {
}
