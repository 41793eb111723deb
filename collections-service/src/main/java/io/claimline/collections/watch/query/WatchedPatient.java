package io.claimline.collections.watch.query;

import java.time.Instant;

/**
 * A patient collections-service watches. {@code status} is NO_BALANCE until billing reports an amount due
 * (a later capability).
 */
public record WatchedPatient(String patientId, Instant watchedSince, String status) {
}
