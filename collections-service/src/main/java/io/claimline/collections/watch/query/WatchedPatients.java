package io.claimline.collections.watch.query;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.patients.v1.PatientRegistered;
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

    public Optional<WatchedPatient> find(UUID patientId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_watched_patient WHERE patient_id = ? AND clinic_id = ?",
                (rs, n) -> new WatchedPatient(rs.getString("patient_id"), rs.getTimestamp("watched_since").toInstant(),
                        rs.getString("status")),
                patientId, clinicId).stream().findFirst();
    }
}
