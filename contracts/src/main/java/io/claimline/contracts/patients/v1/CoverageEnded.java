package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code patients.patient-events.v1} type {@code CoverageEnded}, version 1: a coverage ends on {@code
 * terminationDate} (the last day it pays for).
 */
public record CoverageEnded(
        String patientId,
        String coverageId,
        LocalDate terminationDate,
        Instant endedAt) implements KeyedPayload {

    public CoverageEnded {
        Require.uuid(patientId, "patientId");
        Require.uuid(coverageId, "coverageId");
        Require.present(terminationDate, "terminationDate");
        Require.present(endedAt, "endedAt");
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "CoverageEnded";
    public static final int VERSION = 1;
}
