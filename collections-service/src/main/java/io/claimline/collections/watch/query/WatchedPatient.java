package io.claimline.collections.watch.query;

import java.time.Instant;

/**
 * A patient collections-service watches. {@code status} is NO_BALANCE until billing reports an amount due
 * (a later capability); {@code appliedEvents} shows how many integration events built this row.
 */
public record WatchedPatient(String patientId, Instant watchedSince, String status, int appliedEvents) {
}
