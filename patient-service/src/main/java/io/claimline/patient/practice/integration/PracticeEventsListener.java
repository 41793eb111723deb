package io.claimline.patient.practice.integration;

import io.claimline.patient.practice.query.PracticeCopy;
import io.claimline.contracts.Topics;
import io.claimline.contracts.practice.v1.ClinicProfileChanged;
import io.claimline.contracts.practice.v1.LocationAdded;
import io.claimline.contracts.practice.v1.LocationChanged;
import io.claimline.contracts.practice.v1.ProviderAdded;
import io.claimline.contracts.practice.v1.ProviderChanged;
import io.claimline.contracts.practice.v1.ProviderDeactivated;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the practice copy from billing-service's practice events, each applied once through the inbox. */
@Component
class PracticeEventsListener {

    private final IntegrationEventRouter router;

    PracticeEventsListener(IntegrationEvents events, PracticeCopy copy) {
        this.router = events.router(Topics.PRACTICE_EVENTS_V1)
                .on(ClinicProfileChanged.TYPE, ClinicProfileChanged.VERSION, ClinicProfileChanged.class,
                        copy::clinicProfileChanged)
                .on(ProviderAdded.TYPE, ProviderAdded.VERSION, ProviderAdded.class, copy::providerAdded)
                .on(ProviderChanged.TYPE, ProviderChanged.VERSION, ProviderChanged.class, copy::providerChanged)
                .on(ProviderDeactivated.TYPE, ProviderDeactivated.VERSION, ProviderDeactivated.class,
                        copy::providerDeactivated)
                .on(LocationAdded.TYPE, LocationAdded.VERSION, LocationAdded.class, copy::locationAdded)
                .on(LocationChanged.TYPE, LocationChanged.VERSION, LocationChanged.class, copy::locationChanged)
                .build();
    }

    @KafkaListener(topics = Topics.PRACTICE_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
