package io.claimline.collections.watch.integration;

import io.claimline.collections.watch.query.WatchedPatients;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Every registered patient is watched from registration on; a merged duplicate's watch points at the survivor. */
@Component
class PatientEventsListener {

    private final IntegrationEventRouter router;

    PatientEventsListener(IntegrationEvents events, WatchedPatients watched) {
        this.router = events.router(Topics.PATIENT_EVENTS_V1)
                .on(PatientRegistered.TYPE, PatientRegistered.VERSION, PatientRegistered.class, watched::startWatching)
                .on(PatientMerged.TYPE, PatientMerged.VERSION, PatientMerged.class, watched::merged)
                .build();
    }

    @KafkaListener(topics = Topics.PATIENT_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
