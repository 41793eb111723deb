package io.claimline.localstack.reconcile;

import java.time.Instant;

/** A consumer's record that it applied an integration event of a topic (its {@code integration_inbox}). */
record InboxRow(String eventId, String topic, String type, String aggregateId, Instant appliedAt) {
}
