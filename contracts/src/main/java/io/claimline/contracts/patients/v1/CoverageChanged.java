package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;

/**
 * {@code patients.patient-events.v1} type {@code CoverageChanged}, version 1: a coverage's terms were corrected;
 * the whole new terms.
 */
public record CoverageChanged(
        String patientId,
        Coverage coverage,
        Instant changedAt) implements KeyedPayload {

    public CoverageChanged {
        Require.uuid(patientId, "patientId");
        Require.present(coverage, "coverage");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "CoverageChanged";
    public static final int VERSION = 1;
}
