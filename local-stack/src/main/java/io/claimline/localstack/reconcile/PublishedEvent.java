package io.claimline.localstack.reconcile;

/** An event of patient-service's store that its publisher puts on the topic, as the published type. */
record PublishedEvent(String eventId, String type, String aggregateId, long sequence) {
}
