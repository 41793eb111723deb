package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each integration event once in effect. The de-duplication row and the effect (a read-model write, or
 * a command whose events are appended) commit in one database transaction, so a redelivery after a crash, a
 * rebalance or an offset reset finds the row and is counted as a duplicate instead of being applied again.
 */
public class IntegrationEventInbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Clock clock;

    public IntegrationEventInbox(JdbcTemplate jdbc, TransactionTemplate transaction, MeterRegistry meters,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.meters = meters;
        this.clock = clock;
    }

    /** Returns false when the event was applied before (and so was not applied now). */
    public boolean applyOnce(String topic, IntegrationEvent event, Consumer<IntegrationEvent> effect) {
        Boolean applied = transaction.execute(status -> {
            int inserted = jdbc.update("""
                    INSERT INTO integration_inbox (event_id, topic, event_type, aggregate_id, applied_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""",
                    event.eventId(), topic, event.type(), event.aggregateId(), Timestamp.from(clock.instant()));
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        if (Boolean.TRUE.equals(applied)) {
            meters.counter("claimline.integration.applied", "topic", topic).increment();
            return true;
        }
        meters.counter("claimline.integration.duplicates", "topic", topic).increment();
        return false;
    }
}
