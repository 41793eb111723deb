package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Money received. A payer's payment names its line ({@code lineId}: the remittance pays service lines); a patient's
 * is applied to what the patient owes, oldest date of service first (the named encounter's or line's first), the
 * rest kept as credit. Idempotent on {@code source} (the payment reference or remittance line id).
 */
public record PostPaymentCommand(
        @TargetAggregateIdentifier AccountId accountId,
        String source,
        Responsibility paidBy,
        PaymentMethod method,
        String reference,
        String cardLastFour,
        LocalDate receivedOn,
        Money amount,
        UUID encounterId,
        UUID lineId) {
}
