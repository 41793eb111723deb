package io.claimline.patient.payer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The clinic bills a deactivated payer again, with the details it had. */
@Revision("1")
public record PayerReactivatedEvent(PayerId payerId, Instant reactivatedAt) implements PayerEvent {
}
