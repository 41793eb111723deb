package io.claimline.billing.account.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The account no longer answers for the patient; {@code nextAccountId} does. */
@Revision("1")
public record PatientResponsibilityEndedEvent(
        AccountId accountId,
        String patientId,
        AccountId nextAccountId,
        ResponsibilityEndReason reason,
        Instant endedAt) implements PatientAccountEvent {
}
