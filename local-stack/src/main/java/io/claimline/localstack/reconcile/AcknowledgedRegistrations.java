package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** N1: every patient id a client got a 201 for has exactly one PatientRegisteredEvent in patient-service's store. */
final class AcknowledgedRegistrations {

    private AcknowledgedRegistrations() {
    }

    static void check(Database patients, Set<String> acknowledged, Findings findings) throws SQLException {
        Map<String, Long> registrations = new HashMap<>();
        patients.query("SELECT aggregateIdentifier, count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?) "
                        + "AND payloadType LIKE ? GROUP BY aggregateIdentifier",
                rs -> registrations.put(rs.getString(1), rs.getLong(2)),
                acknowledged.toArray(String[]::new), "%." + Topology.REGISTERED_EVENT);
        for (String patientId : new TreeSet<>(acknowledged)) {
            long count = registrations.getOrDefault(patientId, 0L);
            if (count != 1) {
                findings.add(Check.N1, patients.service() + " patient " + patientId, count == 0
                        ? "acknowledged, but no " + Topology.REGISTERED_EVENT + " is stored"
                        : "acknowledged once, stored " + count + " times");
            }
        }
        findings.examined(Check.N1, acknowledged.size() + " acknowledged patient ids");
    }
}
