package io.claimline.billing.practice.api;

import java.util.UUID;

/** Identifies a location of a practice for good, across all its versions; {@code toString} is the raw value. */
public record LocationId(UUID value) {

    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
