package io.claimline.contracts.patients.v1;

import java.time.Instant;

/** {@code patients.patient-events.v1} type {@code PatientRegistered}, version 1. */
public record PatientRegistered(
        String patientId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant registeredAt) {

    public static final String TYPE = "PatientRegistered";
    public static final int VERSION = 1;
}
