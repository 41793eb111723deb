package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code patients.patient-events.v1} type {@code CoverageAdded}, version 1: insurance put on file; member id and
 * subscriber sealed under the patient's key.
 */
public record CoverageAdded(
        String patientId,
        Coverage coverage,
        Instant addedAt) implements KeyedPayload {

    public CoverageAdded {
        Require.uuid(patientId, "patientId");
        Require.present(coverage, "coverage");
        Require.present(addedAt, "addedAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "CoverageAdded";
    public static final int VERSION = 1;
}
