package io.claimline.billing.estimate.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A good-faith estimate was issued to a patient of the clinic; kept for comparison with the final bill. */
@Revision("1")
public record GoodFaithEstimateIssuedEvent(GoodFaithEstimateId estimateId, String clinicId,
        GoodFaithEstimateContent content, Instant recordedAt) implements GoodFaithEstimateEvent {
}
