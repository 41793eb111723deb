package io.claimline.claims.patientcopy.integration;

import io.claimline.claims.patientcopy.query.PatientCopies;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class PatientEventsListener {

    private final IntegrationEventRouter router;

    PatientEventsListener(IntegrationEvents events, PatientCopies copies) {
        this.router = events.router(Topics.PATIENT_EVENTS_V1)
                .on(PatientRegistered.TYPE, PatientRegistered.VERSION, PatientRegistered.class, copies::registered)
                .on(PatientDemographicsChanged.TYPE, PatientDemographicsChanged.VERSION,
                        PatientDemographicsChanged.class, copies::demographicsChanged)
                .build();
    }

    @KafkaListener(topics = Topics.PATIENT_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
