package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A registered patient's own ledger was opened (they are their own guarantor, SELF), with nothing owed yet; the
 * account answers for {@code patientId} from now on.
 */
@Revision("1")
public record PatientAccountOpenedEvent(
        AccountId accountId,
        String clinicId,
        String patientId,
        Money balance,
        Instant openedAt) implements PatientAccountEvent {
}
