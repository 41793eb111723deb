package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A patient's ledger was opened, with nothing owed yet. */
@Revision("1")
public record PatientAccountOpenedEvent(
        AccountId accountId,
        String clinicId,
        String patientId,
        Money balance,
        Instant openedAt) implements PatientAccountEvent {
}
