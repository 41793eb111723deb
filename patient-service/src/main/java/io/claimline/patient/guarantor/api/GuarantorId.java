package io.claimline.patient.guarantor.api;

import java.util.UUID;

/** Identifies a guarantor who is not a patient; its {@code toString} is the raw value Axon stores. */
public record GuarantorId(UUID value) {

    public static GuarantorId random() {
        return new GuarantorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
