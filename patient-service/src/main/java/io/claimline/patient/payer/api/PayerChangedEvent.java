package io.claimline.patient.payer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A payer's details were changed; {@code details} holds every value after the change, effective from
 * {@code changedAt}. Who changed it is in the event's metadata.
 */
@Revision("1")
public record PayerChangedEvent(PayerId payerId, PayerDetails details, Instant changedAt) implements PayerEvent {
}
