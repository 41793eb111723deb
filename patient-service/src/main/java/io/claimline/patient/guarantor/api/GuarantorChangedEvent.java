package io.claimline.patient.guarantor.api;

import io.claimline.patient.registry.api.SealedContact;
import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A guarantor's name or contact was corrected. */
@Revision("1")
public record GuarantorChangedEvent(GuarantorId guarantorId, SealedContact contact, SealedValue dateOfBirth,
        String reason, Instant changedAt) {
}
