package io.claimline.localstack.faults;

import java.util.List;

/** The three services that consume patient events from Kafka, and the topic. */
final class Consumers {

    static final String TOPIC = "patients.patient-events.v1";
    static final List<String> SERVICES = List.of("billing-service", "claims-service", "collections-service");

    private Consumers() {
    }
}
