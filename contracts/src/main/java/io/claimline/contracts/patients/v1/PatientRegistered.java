package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code patients.patient-events.v1} type {@code PatientRegistered}, version 1. {@code details} (the demographics
 * beyond name and date of birth) was added within v1 and is absent from older records.
 */
public record PatientRegistered(
        String patientId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant registeredAt,
        SealedDetails details) implements KeyedPayload {

    public PatientRegistered {
        Require.uuid(patientId, "patientId");
        Require.present(givenName, "givenName");
        Require.present(familyName, "familyName");
        Require.present(dateOfBirth, "dateOfBirth");
        Require.present(registeredAt, "registeredAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "PatientRegistered";
    public static final int VERSION = 1;
}
