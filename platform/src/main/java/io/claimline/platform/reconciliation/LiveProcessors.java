package io.claimline.platform.reconciliation;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/** The live side: the event store's head and where each projection's streaming processor stands. */
final class LiveProcessors {

    private static final long POLL_MILLIS = 20;

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final JdbcTemplate jdbc;

    LiveProcessors(EventProcessingConfiguration processing, EventStorageEngine events, JdbcTemplate jdbc) {
        this.processing = processing;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The global index of the newest stored event; -1 for an empty store. */
    long head() {
        var token = events.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    boolean exists(String group) {
        return processing.eventProcessors().containsKey(group);
    }

    Optional<StreamingEventProcessor> processor(String group) {
        return processing.eventProcessorByProcessingGroup(group, StreamingEventProcessor.class);
    }

    ReadModelStatus status(Projections.Projection projection) {
        long head = head();
        Optional<StreamingEventProcessor> processor = processor(projection.group());
        Collection<EventTrackerStatus> segments = processor.map(p -> p.processingStatus().values())
                .orElse(List.of());
        OptionalLong position = lowestPosition(segments);
        boolean running = processor.map(StreamingEventProcessor::isRunning).orElse(false);
        boolean error = segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        boolean caughtUp = running && !error && reached(segments, head)
                && segments.stream().allMatch(s -> s.isCaughtUp() && replayDone(s));
        return new ReadModelStatus(projection.group(),
                projection.tables().stream().map(ReadModel.Table::name).toList(), running,
                processor.map(StreamingEventProcessor::isReplaying).orElse(false), caughtUp,
                position.isPresent() ? position.getAsLong() : null, head, error, deadLetters(projection.group()));
    }

    /** Waits, at most {@code timeout}, until every segment of the group's processor has handled the head. */
    boolean awaitPosition(String group, long head, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(processor(group).map(p -> p.processingStatus().values()).orElse(List.of()), head)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean reached(Collection<EventTrackerStatus> segments, long head) {
        if (head < 0) {
            return true;
        }
        return !segments.isEmpty() && segments.stream()
                .allMatch(s -> s.getCurrentPosition().isPresent() && s.getCurrentPosition().getAsLong() >= head);
    }

    /** A replay is done once the segment passed the position it was reset at. */
    private static boolean replayDone(EventTrackerStatus segment) {
        return !segment.isReplaying() || segment.getCurrentPosition().orElse(-1)
                >= segment.getResetPosition().orElse(Long.MAX_VALUE);
    }

    private static OptionalLong lowestPosition(Collection<EventTrackerStatus> segments) {
        if (segments.isEmpty() || segments.stream().anyMatch(s -> s.getCurrentPosition().isEmpty())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(segments.stream().mapToLong(s -> s.getCurrentPosition().getAsLong()).min()
                .orElseThrow());
    }

    private long deadLetters(String group) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM DeadLetterEntry WHERE processingGroup = ?", Long.class,
                group);
        return count == null ? 0 : count;
    }
}
