package io.claimline.billing.account.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The account's patient was a duplicate: the account is closed into {@code survivingAccountId}, which answers
 * every read of this one from now on. A merged account takes no more patients nor money.
 */
@Revision("1")
public record AccountMergedEvent(
        AccountId accountId,
        AccountId survivingAccountId,
        String survivingPatientId,
        Instant mergedAt) implements PatientAccountEvent {
}
