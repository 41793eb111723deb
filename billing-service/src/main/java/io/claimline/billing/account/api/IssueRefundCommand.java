package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pay back {@code amount} of {@code to}'s credit (a manager's decision); idempotent on {@code source}. */
public record IssueRefundCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String source,
        Responsibility to,
        PaymentMethod method,
        String reference,
        Money amount,
        String reason) {
}
