package io.claimline.billing.encounter.api;

import java.util.Objects;
import java.util.UUID;

/** An encounter's id: drawn by billing when the encounter is recorded. */
public record EncounterId(UUID value) {

    public EncounterId {
        Objects.requireNonNull(value, "value");
    }

    public static EncounterId of(String value) {
        return new EncounterId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
