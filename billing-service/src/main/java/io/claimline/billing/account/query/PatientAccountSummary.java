package io.claimline.billing.account.query;

import io.claimline.platform.kernel.Money;
import java.time.Instant;

/** A patient account as billing shows it. */
public record PatientAccountSummary(String accountId, String patientId, Money balance, Instant openedAt,
        long version) {
}
