package io.claimline.patient.registry.api;

import java.util.UUID;

/** Identifies a patient across all services; its {@code toString} is the raw value Axon stores. */
public record PatientId(UUID value) {

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    public static PatientId parse(String value) {
        return new PatientId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
