package io.claimline.contracts.patients.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.util.List;

/**
 * {@code patients.patient-events.v1} type {@code CoveragesReordered}, version 1: the order in which the named
 * coverages pay changed (each entry's new priority: PRIMARY, SECONDARY or TERTIARY).
 */
public record CoveragesReordered(
        String patientId,
        List<Entry> order,
        Instant reorderedAt) implements KeyedPayload {

    /** A coverage and its new priority. */
    public record Entry(String coverageId, String priority) {

        public Entry {
            Require.uuid(coverageId, "coverageId");
            Require.present(priority, "priority");
        }
    }

    public CoveragesReordered {
        Require.uuid(patientId, "patientId");
        Require.present(order, "order");
        Require.present(reorderedAt, "reorderedAt");
        order = List.copyOf(order);
    }

    @Override
    public String aggregateId() {
        return patientId;
    }

    public static final String TYPE = "CoveragesReordered";
    public static final int VERSION = 1;
}
