package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The refused-events store ({@code integration_refused}): well-formed events a business rule turned down, kept
 * whole with their reason until an operator re-drives them. A redelivery of a refused event counts another
 * attempt instead of adding a row.
 */
public class RefusedEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RefusedEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A refused event as operators see it (the record's bytes stay in the store). */
    public record RefusedEvent(String eventId, String topic, int partition, long offset, String eventType,
            String aggregateId, String reason, Instant refusedAt, int attempts, Instant resolvedAt,
            String resolution) {
    }

    void record(ConsumerRecord<String, byte[]> record, IntegrationEvent event, String reason) {
        jdbc.update("""
                INSERT INTO integration_refused (event_id, topic, partition_no, record_offset, event_type,
                    aggregate_id, clinic_id, reason, record_key, record_value, refused_at, attempts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (event_id) DO UPDATE SET reason = excluded.reason, refused_at = excluded.refused_at,
                    attempts = integration_refused.attempts + 1, resolved_at = NULL, resolution = NULL""",
                event.eventId(), record.topic(), record.partition(), record.offset(), event.type(),
                event.aggregateId(), event.clinicId(), truncate(reason), record.key(), record.value(),
                Timestamp.from(clock.instant()));
    }

    void resolve(String eventId, String resolution) {
        // The first resolution stands: a later re-drive of an applied event only finds the duplicate.
        jdbc.update("UPDATE integration_refused SET resolved_at = ?, resolution = ? "
                + "WHERE event_id = ? AND resolved_at IS NULL", Timestamp.from(clock.instant()), resolution, eventId);
    }

    /** A clinic's refused events, newest first; only those still waiting unless {@code includeResolved}. */
    public List<RefusedEvent> list(String clinicId, boolean includeResolved, int limit) {
        return jdbc.query("SELECT * FROM integration_refused WHERE clinic_id = ? AND (? OR resolved_at IS NULL) "
                + "ORDER BY refused_at DESC LIMIT ?", (rs, n) -> {
                    Timestamp resolvedAt = rs.getTimestamp("resolved_at");
                    return new RefusedEvent(rs.getString("event_id"), rs.getString("topic"),
                            rs.getInt("partition_no"), rs.getLong("record_offset"), rs.getString("event_type"),
                            rs.getString("aggregate_id"), rs.getString("reason"),
                            rs.getTimestamp("refused_at").toInstant(), rs.getInt("attempts"),
                            resolvedAt == null ? null : resolvedAt.toInstant(), rs.getString("resolution"));
                }, clinicId, includeResolved, limit);
    }

    /** The stored record of a clinic's refused event, to apply again. */
    Optional<ConsumerRecord<String, byte[]>> storedRecord(String eventId, String clinicId) {
        return jdbc.query("SELECT * FROM integration_refused WHERE event_id = ? AND clinic_id = ?",
                (rs, n) -> new ConsumerRecord<>(rs.getString("topic"), rs.getInt("partition_no"),
                        rs.getLong("record_offset"), rs.getString("record_key"), rs.getBytes("record_value")),
                eventId, clinicId).stream().findFirst();
    }

    public long open() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM integration_refused WHERE resolved_at IS NULL",
                Long.class);
        return count == null ? 0 : count;
    }

    private static String truncate(String reason) {
        String text = reason == null ? "refused" : reason;
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
