package io.claimline.patient.payer.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The clinic stopped billing the payer; its EDI payer id is free for another active payer. */
@Revision("1")
public record PayerDeactivatedEvent(PayerId payerId, Instant deactivatedAt) implements PayerEvent {
}
