package io.claimline.billing.account.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The account answers for the patient from now on; {@code previousAccountId} answered before (null if none). */
@Revision("1")
public record PatientResponsibilityAssignedEvent(
        AccountId accountId,
        String patientId,
        AccountId previousAccountId,
        Instant assignedAt) implements PatientAccountEvent {
}
