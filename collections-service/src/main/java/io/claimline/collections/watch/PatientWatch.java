package io.claimline.collections.watch;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Starts watching each registered patient; the row is written inside the inbox transaction. */
@Component
public class PatientWatch {

    static final String NO_BALANCE = "NO_BALANCE";

    private final JdbcTemplate jdbc;
    private final IntegrationEventRouter router;

    PatientWatch(JdbcTemplate jdbc, IntegrationEvents events) {
        this.jdbc = jdbc;
        this.router = events.router(Topics.PATIENT_EVENTS_V1)
                .on(PatientRegistered.TYPE, PatientRegistered.VERSION, PatientRegistered.class, this::startWatching)
                .build();
    }

    @KafkaListener(topics = Topics.PATIENT_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }

    private void startWatching(IntegrationEvent event, PatientRegistered patient) {
        jdbc.update("""
                INSERT INTO rm_watched_patient (patient_id, clinic_id, watched_since, status, applied_events)
                VALUES (?::uuid, ?, ?, ?, 1)
                ON CONFLICT (patient_id) DO UPDATE SET applied_events = rm_watched_patient.applied_events + 1""",
                patient.patientId(), event.clinicId(), Timestamp.from(patient.registeredAt()), NO_BALANCE);
    }

    public Optional<WatchedPatient> find(UUID patientId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_watched_patient WHERE patient_id = ? AND clinic_id = ?",
                (rs, n) -> new WatchedPatient(rs.getString("patient_id"), rs.getTimestamp("watched_since").toInstant(),
                        rs.getString("status"), rs.getInt("applied_events")),
                patientId, clinicId).stream().findFirst();
    }
}
