package io.claimline.billing.practice.api;

import java.util.UUID;

/** Identifies a provider of a practice for good, across all its versions; {@code toString} is the raw value. */
public record ProviderId(UUID value) {

    public static ProviderId random() {
        return new ProviderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
