package io.claimline.platform.reconciliation;

import java.util.List;

/**
 * Where a projection's processor stands on this instance: its lowest segment position (null before it claimed a
 * segment), the event store's head, whether Axon flags it as replaying, and {@code caughtUp}: running, no error, and
 * at the head with any replay done. Axon keeps {@code replaying} true after a rebuild until a new event arrives, so a
 * caller waiting for a rebuild waits for {@code caughtUp}.
 */
public record ReadModelStatus(String processingGroup, List<String> tables, boolean running, boolean replaying,
        boolean caughtUp, Long position, long head, boolean error, long deadLetters) {
}
