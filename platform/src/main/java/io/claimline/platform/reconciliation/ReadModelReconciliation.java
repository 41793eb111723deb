package io.claimline.platform.reconciliation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * N3, every read model equals a fresh replay of the events: takes the event store's head, replays each projection
 * into a shadow schema up to it, waits (bounded) until the live projection has handled the head too, and compares
 * the caller's clinic's rows. The replay is service-wide (a read model is made from every clinic's events), but only
 * the caller's clinic is compared and reported, like every other read. One reconciliation at a time per instance: it
 * reads the whole event store.
 */
public class ReadModelReconciliation {

    private static final Logger log = LoggerFactory.getLogger(ReadModelReconciliation.class);

    private final Projections projections;
    private final LiveProcessors live;
    private final ShadowReplay replay;
    private final ReadModelComparison comparison;
    private final JdbcTemplate jdbc;
    private final Duration liveTimeout;
    private final ReentrantLock running = new ReentrantLock();

    ReadModelReconciliation(Projections projections, LiveProcessors live, ShadowReplay replay,
            ReadModelComparison comparison, JdbcTemplate jdbc, Duration liveTimeout) {
        this.projections = projections;
        this.live = live;
        this.replay = replay;
        this.comparison = comparison;
        this.jdbc = jdbc;
        this.liveTimeout = liveTimeout;
    }

    public List<ReadModelCheck> reconcile(String clinicId) {
        if (!running.tryLock()) {
            throw new ReadModelConflictException("A reconciliation is already running in this service; "
                    + "retry when it has finished");
        }
        try {
            long head = live.head();
            List<ReadModelCheck> checks = new ArrayList<>();
            for (Projections.Projection projection : projections.all()) {
                checks.addAll(reconcile(projection, head, clinicId));
            }
            return checks;
        } finally {
            running.unlock();
        }
    }

    private List<ReadModelCheck> reconcile(Projections.Projection projection, long head, String clinicId) {
        long started = System.nanoTime();
        try (ShadowSchema shadow = ShadowSchema.create(jdbc, projection.tables())) {
            ShadowReplay.Replayed replayed;
            try {
                replayed = replay.replay(projection, shadow, head);
            } catch (ShadowReplay.ReplayFailedException e) {
                log.warn("Reconciliation of {}: {}", projection.group(), e.getMessage());
                return unmatched(projection, ReadModelCheck.REPLAY_FAILED, head, 0, started, e.getMessage());
            }
            if (!live.awaitPosition(projection.group(), head, liveTimeout)) {
                return unmatched(projection, ReadModelCheck.BEHIND, head, replayed.events(), started,
                        "the live processor had not handled the head within " + liveTimeout.toSeconds() + " s");
            }
            List<ReadModelCheck> checks = new ArrayList<>();
            for (ReadModel.Table table : projection.tables()) {
                ReadModelComparison.Sides sides = comparison.compare(shadow, table, projection.group(), head,
                        replayed.unseen(), clinicId);
                checks.add(new ReadModelCheck(projection.group(), table.name(),
                        sides.match() ? ReadModelCheck.MATCHES : ReadModelCheck.DIFFERS, sides.rows(),
                        sides.checksum(), sides.replayedRows(), sides.replayedChecksum(), sides.excludedRows(), head,
                        replayed.events(), seconds(started), null));
            }
            return checks;
        }
    }

    private static List<ReadModelCheck> unmatched(Projections.Projection projection, String outcome, long head,
            long events, long started, String detail) {
        return projection.tables().stream().map(table -> new ReadModelCheck(projection.group(), table.name(),
                outcome, 0, null, 0, null, 0, head, events, seconds(started), detail)).toList();
    }

    private static double seconds(long startedNanos) {
        return Math.round((System.nanoTime() - startedNanos) / 1e6) / 1e3;
    }
}
