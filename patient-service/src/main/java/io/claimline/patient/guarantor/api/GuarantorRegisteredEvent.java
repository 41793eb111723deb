package io.claimline.patient.guarantor.api;

import io.claimline.patient.registry.api.SealedContact;
import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A guarantor who is not a patient, sealed under their own data key (their own crypto-shredding). */
@Revision("1")
public record GuarantorRegisteredEvent(GuarantorId guarantorId, String clinicId, SealedContact contact,
        SealedValue dateOfBirth, Instant registeredAt) {
}
