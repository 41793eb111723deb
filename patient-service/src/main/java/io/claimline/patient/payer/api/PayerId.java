package io.claimline.patient.payer.api;

import java.util.UUID;

/** Identifies a payer of one clinic; its {@code toString} is the raw value Axon stores. */
public record PayerId(UUID value) {

    public static PayerId random() {
        return new PayerId(UUID.randomUUID());
    }

    public static PayerId parse(String value) {
        return new PayerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
