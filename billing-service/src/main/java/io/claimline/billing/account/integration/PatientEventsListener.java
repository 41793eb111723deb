package io.claimline.billing.account.integration;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.OpenPatientAccountCommand;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.platform.command.Commands;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A registered patient gets a ledger. The command runs inside the inbox's transaction, so the account's events
 * and the de-duplication row commit together.
 */
@Component
class PatientEventsListener {

    static final String SERVICE = "billing-service";

    private final IntegrationEventRouter router;
    private final Commands commands;

    PatientEventsListener(IntegrationEvents events, Commands commands) {
        this.commands = commands;
        this.router = events.router(Topics.PATIENT_EVENTS_V1)
                .on(PatientRegistered.TYPE, PatientRegistered.VERSION, PatientRegistered.class, this::registered)
                .build();
    }

    @KafkaListener(topics = Topics.PATIENT_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }

    private void registered(IntegrationEvent event, PatientRegistered patient) {
        commands.sendForIntegrationEvent(
                new OpenPatientAccountCommand(AccountId.ofPatient(patient.patientId()), patient.patientId()),
                event, SERVICE);
    }
}
