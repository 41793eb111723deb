package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A guarantor's ledger was opened because they became responsible for a patient ({@code kind} PATIENT or PERSON;
 * SELF when the patient's own registration had not been applied yet), with nothing owed yet.
 */
@Revision("1")
public record GuarantorAccountOpenedEvent(
        AccountId accountId,
        String clinicId,
        String kind,
        Money balance,
        Instant openedAt) implements PatientAccountEvent {
}
