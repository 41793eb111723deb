package io.claimline.billing.account.query;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A guarantor account as billing shows it. {@code patientId} is the account holder when the guarantor is a
 * patient (null for a guarantor who is not), {@code patients} those the account answers for; {@code unappliedCredit} what the guarantor paid beyond
 * what they owed (counted in the balance). A merged account's
 * id answers with the surviving account, whose id is then not the one asked for.
 */
public record PatientAccountSummary(
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String accountId,
        @Schema(example = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3") String patientId,
        @Schema(example = "SELF") String guarantorKind,
        List<String> patients,
        Money balance,
        Money unappliedCredit,
        Instant openedAt,
        long version) {
}
