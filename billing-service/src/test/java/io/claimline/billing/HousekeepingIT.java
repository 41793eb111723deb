package io.claimline.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.platform.housekeeping.Housekeeping;
import io.claimline.platform.housekeeping.HousekeepingConfiguration;
import io.claimline.testsupport.ClaimlineServiceTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotency records and inbox rows are pruned once past their retention (7 and 30 days by default), in a
 * recurring db-scheduler task that one instance at a time runs; what is younger stays.
 */
@ClaimlineServiceTest
class HousekeepingIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired Housekeeping housekeeping;

    @Test
    void recordsPastTheirRetentionGoAndYoungerOnesStay() {
        Instant now = Instant.now();
        String oldKey = "old-" + UUID.randomUUID();
        String freshKey = "fresh-" + UUID.randomUUID();
        idempotencyRecord(oldKey, now.minus(Duration.ofDays(8)));
        idempotencyRecord(freshKey, now.minus(Duration.ofDays(6)));
        String oldEvent = UUID.randomUUID().toString();
        String freshEvent = UUID.randomUUID().toString();
        inboxRow(oldEvent, now.minus(Duration.ofDays(31)));
        inboxRow(freshEvent, now.minus(Duration.ofDays(29)));

        housekeeping.prune();

        assertThat(count("SELECT count(*) FROM idempotent_request WHERE idempotency_key = ?", oldKey)).isZero();
        assertThat(count("SELECT count(*) FROM idempotent_request WHERE idempotency_key = ?", freshKey)).isOne();
        assertThat(count("SELECT count(*) FROM integration_inbox WHERE event_id = ?", oldEvent)).isZero();
        assertThat(count("SELECT count(*) FROM integration_inbox WHERE event_id = ?", freshEvent)).isOne();
    }

    @Test
    void itRunsAsARecurringTaskThatOneInstanceAtATimePicks() {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name = ?", HousekeepingConfiguration.TASK) == 1);
    }

    private void idempotencyRecord(String key, Instant createdAt) {
        jdbc.update("""
                INSERT INTO idempotent_request (clinic_id, idempotency_key, operation, request_hash, created_at)
                VALUES ('clinic-h', ?, 'op', ?, ?)""", key, "0".repeat(64), Timestamp.from(createdAt));
    }

    private void inboxRow(String eventId, Instant appliedAt) {
        jdbc.update("""
                INSERT INTO integration_inbox (event_id, topic, event_type, aggregate_id, applied_at)
                VALUES (?, 'topic', 'Type', 'aggregate', ?)""", eventId, Timestamp.from(appliedAt));
    }

    private long count(String sql, String parameter) {
        return jdbc.queryForObject(sql, Long.class, parameter);
    }
}
