package io.claimline.claims.patientcopy.query;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The local patient copy: written from patient events (inside the inbox transaction), read by the API. */
@Component
public class PatientCopies {

    private final JdbcTemplate jdbc;

    PatientCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(IntegrationEvent event, PatientRegistered patient) {
        jdbc.update("""
                INSERT INTO rm_patient_copy (patient_id, clinic_id, registered_at, last_sequence, applied_events)
                VALUES (?::uuid, ?, ?, ?, 1)
                ON CONFLICT (patient_id) DO UPDATE SET applied_events = rm_patient_copy.applied_events + 1""",
                patient.patientId(), event.clinicId(), Timestamp.from(patient.registeredAt()), event.sequence());
    }

    public void demographicsChanged(IntegrationEvent event, PatientDemographicsChanged change) {
        int updated = jdbc.update("""
                UPDATE rm_patient_copy SET demographics_changed_at = ?,
                    last_sequence = greatest(last_sequence, ?), applied_events = applied_events + 1
                WHERE patient_id = ?::uuid""",
                Timestamp.from(change.changedAt()), event.sequence(), change.patientId());
        if (updated == 0) {
            // Partitions keep a patient's events in order, so the registration should be here; if it was
            // dead-lettered, park this one beside it rather than lose the correction.
            throw new MalformedIntegrationEventException("no registration was applied for this patient");
        }
    }

    public Optional<PatientCopy> find(UUID patientId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_patient_copy WHERE patient_id = ? AND clinic_id = ?",
                (rs, n) -> {
                    Timestamp changed = rs.getTimestamp("demographics_changed_at");
                    return new PatientCopy(rs.getString("patient_id"), rs.getTimestamp("registered_at").toInstant(),
                            changed == null ? null : changed.toInstant(), rs.getLong("last_sequence"),
                            rs.getInt("applied_events"));
                }, patientId, clinicId).stream().findFirst();
    }
}
