package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code patients.patient-events.v1} type {@code PatientDemographicsChanged}, version 1: the whole new set.
 * {@code details} and {@code reason} were added within v1 and are absent from older records.
 */
public record PatientDemographicsChanged(
        String patientId,
        SealedValue givenName,
        SealedValue familyName,
        SealedValue dateOfBirth,
        Instant changedAt,
        SealedDetails details,
        String reason) implements KeyedPayload {

    public PatientDemographicsChanged {
        Require.uuid(patientId, "patientId");
        Require.present(givenName, "givenName");
        Require.present(familyName, "familyName");
        Require.present(dateOfBirth, "dateOfBirth");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "PatientDemographicsChanged";
    public static final int VERSION = 1;
}
