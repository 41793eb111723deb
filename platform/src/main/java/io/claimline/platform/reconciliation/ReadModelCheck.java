package io.claimline.platform.reconciliation;

/**
 * One read-model table of the caller's clinic against a fresh replay of the service's events up to {@code head}.
 * {@code outcome}: {@code matches}; {@code differs} (rows or checksum); {@code behind} (the live projection had not
 * reached the head, so nothing was compared); {@code replay-failed} (a handler failed, {@code detail} names the
 * event). Counts and checksums cover the caller's clinic only, without the {@code excludedRows} of aggregates that
 * moved on while the replay ran or wait in the group's dead-letter queue.
 */
public record ReadModelCheck(String processingGroup, String table, String outcome, long rows, String checksum,
        long replayedRows, String replayedChecksum, long excludedRows, long head, long eventsReplayed,
        double seconds, String detail) {

    public static final String MATCHES = "matches";
    public static final String DIFFERS = "differs";
    public static final String BEHIND = "behind";
    public static final String REPLAY_FAILED = "replay-failed";
}
