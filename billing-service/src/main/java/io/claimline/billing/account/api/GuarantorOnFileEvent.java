package io.claimline.billing.account.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The guarantor's sealed name and contact, as statements will print them, are on file (new or changed). */
@Revision("1")
public record GuarantorOnFileEvent(
        AccountId accountId,
        String kind,
        SealedGuarantor guarantor,
        Instant recordedAt) implements PatientAccountEvent {
}
