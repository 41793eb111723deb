package io.claimline.claims.encounter.integration;

import io.claimline.claims.encounter.query.BillableEncounters;
import io.claimline.contracts.Topics;
import io.claimline.contracts.encounters.v1.EncounterAmended;
import io.claimline.contracts.encounters.v1.EncounterConfirmed;
import io.claimline.contracts.encounters.v1.EncounterVoided;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Confirmed, amended and voided encounters from {@code billing.encounter-events.v1} into the billable encounters
 * claims are drafted from: each event once, a well-formed one no rule accepts refused, a malformed one dead-lettered.
 */
@Component
class EncounterEventsListener {

    private final IntegrationEventRouter router;

    EncounterEventsListener(IntegrationEvents events, BillableEncounters encounters) {
        this.router = events.router(Topics.ENCOUNTER_EVENTS_V1)
                .on(EncounterConfirmed.TYPE, EncounterConfirmed.VERSION, EncounterConfirmed.class,
                        encounters::confirmed)
                .on(EncounterAmended.TYPE, EncounterAmended.VERSION, EncounterAmended.class, encounters::amended)
                .on(EncounterVoided.TYPE, EncounterVoided.VERSION, EncounterVoided.class, encounters::voided)
                .build();
    }

    @KafkaListener(topics = Topics.ENCOUNTER_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
