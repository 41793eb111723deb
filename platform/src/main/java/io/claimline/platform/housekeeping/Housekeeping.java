package io.claimline.platform.housekeeping;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prunes what grows with use and is only needed for a while: Idempotency-Key records (a client retries within
 * minutes, not weeks), inbox rows (needed as long as Kafka could deliver the event again: keep them longer than the
 * topics' retention, see docs/runbooks/housekeeping.md), and refused events an operator resolved. Deletes in small
 * batches so no table is locked for long. Runs as a db-scheduler recurring task ({@link HousekeepingConfiguration}),
 * so with several instances each run happens on one of them only.
 */
public class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
    static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HousekeepingProperties retention;

    public Housekeeping(JdbcTemplate jdbc, Clock clock, MeterRegistry meters, HousekeepingProperties retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
        this.retention = retention;
        for (String table : new String[] {"idempotent_request", "integration_inbox", "integration_refused"}) {
            meters.counter("claimline.housekeeping.pruned", "table", table);
        }
    }

    /** One pass; returns the rows removed per table. */
    public Map<String, Long> prune() {
        Map<String, Long> pruned = new LinkedHashMap<>();
        pruned.put("idempotent_request", prune("idempotent_request", "created_at",
                retention.idempotencyRetention()));
        pruned.put("integration_inbox", prune("integration_inbox", "applied_at", retention.inboxRetention()));
        pruned.put("integration_refused", prune("integration_refused", "resolved_at",
                retention.resolvedRefusalRetention()));
        if (pruned.values().stream().anyMatch(count -> count > 0)) {
            log.info("Housekeeping pruned {}", pruned);
        }
        return pruned;
    }

    private long prune(String table, String column, Duration keep) {
        Timestamp before = Timestamp.from(clock.instant().minus(keep));
        long total = 0;
        int deleted;
        do {
            // Table and column names are this class's constants, never input.
            deleted = jdbc.update("DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table
                    + " WHERE " + column + " < ? LIMIT " + BATCH + ")", before);
            total += deleted;
        } while (deleted == BATCH);
        meters.counter("claimline.housekeeping.pruned", "table", table).increment(total);
        return total;
    }
}
