package io.claimline.localstack.reconcile;

import java.util.List;

/**
 * An event of a producer's store that its publisher puts on a topic, as the published type. {@code coverageIds}: the
 * coverages a patient event names (its coverageId, or every coverage of a reorder's order); empty for the others.
 */
record PublishedEvent(String eventId, String topic, String type, String aggregateId, long sequence,
        List<String> coverageIds) {

    PublishedEvent {
        coverageIds = List.copyOf(coverageIds);
    }
}
