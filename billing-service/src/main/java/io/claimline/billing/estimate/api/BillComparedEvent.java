package io.claimline.billing.estimate.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The final bill of an encounter was compared with the estimate: {@code excess} is billed minus estimated (negative
 * when under), {@code flagged} when it is $400 or more. A later comparison of the same encounter replaces it.
 */
@Revision("1")
public record BillComparedEvent(GoodFaithEstimateId estimateId, String clinicId, String encounterId,
        Money estimatedTotal, Money billedTotal, Money excess, boolean flagged, Instant recordedAt)
        implements GoodFaithEstimateEvent {
}
