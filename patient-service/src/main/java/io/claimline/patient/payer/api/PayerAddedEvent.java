package io.claimline.patient.payer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A clinic started billing a payer. Who did it, and why (the request), are in the event's metadata. */
@Revision("1")
public record PayerAddedEvent(PayerId payerId, String clinicId, PayerDetails details, Instant addedAt)
        implements PayerEvent {
}
