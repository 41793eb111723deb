package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed encounter's service line charged {@code amount} to the account, owed first by {@code responsibility}
 * (the payer billed, or the patient when self-pay). An amendment that raises a line's charge posts the difference
 * the same way; {@code source} is what the posting is idempotent on.
 */
public record ChargePostedEvent(
        AccountId accountId,
        UUID postingId,
        String source,
        UUID encounterId,
        UUID lineId,
        UUID patientId,
        LocalDate dateOfService,
        String procedureCode,
        List<String> modifiers,
        Responsibility responsibility,
        Money amount,
        Instant postedAt) implements LedgerPosting {

    public ChargePostedEvent {
        modifiers = List.copyOf(modifiers);
    }
}
