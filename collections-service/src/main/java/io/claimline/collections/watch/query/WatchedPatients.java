package io.claimline.collections.watch.query;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import java.util.List;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The patients collections watches: written from patient events (inside the inbox transaction), read by the API.
 * Deliberately not claims-service's patient copy: it tracks a collection status from registration on and ignores
 * corrections, while claims keeps sealed demographics; what both need (inbox, routing, refusals) is the platform's.
 */
@Component
public class WatchedPatients {

    static final String NO_BALANCE = "NO_BALANCE";

    /** A chain of merges longer than this is a fault, not data. */
    private static final int MAX_REDIRECTS = 16;

    private final JdbcTemplate jdbc;

    WatchedPatients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void startWatching(IntegrationEvent event, PatientRegistered patient) {
        jdbc.update("""
                INSERT INTO rm_watched_patient (patient_id, clinic_id, watched_since, status, applied_events)
                VALUES (?::uuid, ?, ?, ?, 1)
                ON CONFLICT (patient_id) DO UPDATE SET applied_events = rm_watched_patient.applied_events + 1""",
                patient.patientId(), event.clinicId(), Timestamp.from(patient.registeredAt()), NO_BALANCE);
    }

    /** The duplicate's watch points at the survivor; balances will be watched there (billing moves them). */
    public void merged(IntegrationEvent event, PatientMerged merged) {
        int updated = jdbc.update("""
                UPDATE rm_watched_patient SET merged_into = ?::uuid, applied_events = applied_events + 1
                WHERE patient_id = ?::uuid""", merged.survivingPatientId(), merged.patientId());
        if (updated == 0) {
            throw new IntegrationEventRefusedException("no registration was applied for this patient");
        }
    }

    /** The watched patient who answers for {@code patientId}: a merged duplicate answers with its survivor. */
    public Optional<WatchedPatient> find(UUID patientId, String clinicId) {
        UUID current = patientId;
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            List<Row> rows = jdbc.query("SELECT * FROM rm_watched_patient WHERE patient_id = ? AND clinic_id = ?",
                    (rs, n) -> new Row(rs.getObject("merged_into", UUID.class), new WatchedPatient(
                            rs.getString("patient_id"), rs.getTimestamp("watched_since").toInstant(),
                            rs.getString("status"))),
                    current, clinicId);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            if (rows.get(0).mergedInto() == null) {
                return Optional.of(rows.get(0).patient());
            }
            current = rows.get(0).mergedInto();
        }
        throw new IllegalStateException("patient merges do not end");
    }

    private record Row(UUID mergedInto, WatchedPatient patient) {
    }
}
