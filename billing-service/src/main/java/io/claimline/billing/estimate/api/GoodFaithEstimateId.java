package io.claimline.billing.estimate.api;

import java.util.UUID;

/** Identifies a good-faith estimate; drawn once when it is issued (a retry with the same Idempotency-Key keeps it). */
public record GoodFaithEstimateId(UUID value) {

    public GoodFaithEstimateId {
        if (value == null) {
            throw new IllegalArgumentException("a good-faith estimate has an id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
