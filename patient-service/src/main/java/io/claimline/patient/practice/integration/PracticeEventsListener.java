package io.claimline.patient.practice.integration;

import io.claimline.contracts.Topics;
import io.claimline.patient.practice.query.PracticeCopy;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the practice copy from billing-service's practice events, each applied once through the inbox, in this
 * service's consumer group; which handler takes which event type is the platform's PracticeCopyTable's.
 */
@Component
class PracticeEventsListener {

    private final IntegrationEventRouter router;

    PracticeEventsListener(IntegrationEvents events, PracticeCopy copy) {
        this.router = copy.router(events);
    }

    @KafkaListener(topics = Topics.PRACTICE_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
