package io.claimline.contracts.patients.v1;

import java.time.Instant;

/** {@code patients.patient-events.v1} type {@code PatientDemographicsChanged}, version 1. */
public record PatientDemographicsChanged(
        String patientId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant changedAt) {

    public static final String TYPE = "PatientDemographicsChanged";
    public static final int VERSION = 1;
}
