package io.claimline.billing.estimate.api;

import java.time.Instant;

/** Everything that happens to a good-faith estimate. */
public sealed interface GoodFaithEstimateEvent permits GoodFaithEstimateIssuedEvent, BillComparedEvent {

    GoodFaithEstimateId estimateId();

    String clinicId();

    Instant recordedAt();
}
