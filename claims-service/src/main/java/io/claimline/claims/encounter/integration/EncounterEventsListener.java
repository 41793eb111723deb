package io.claimline.claims.encounter.integration;

import io.claimline.claims.claim.integration.ClaimDrafting;
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
 * claims are drafted from, and the claims themselves: each event once, a well-formed one no rule accepts refused, a malformed one dead-lettered.
 */
@Component
class EncounterEventsListener {

    private final IntegrationEventRouter router;

    EncounterEventsListener(IntegrationEvents events, BillableEncounters encounters, ClaimDrafting drafting) {
        // The claim follows the billable encounter in the same inbox transaction (ClaimDrafting).
        this.router = events.router(Topics.ENCOUNTER_EVENTS_V1)
                .on(EncounterConfirmed.TYPE, EncounterConfirmed.VERSION, EncounterConfirmed.class,
                        (event, confirmed) -> {
                            encounters.confirmed(event, confirmed);
                            drafting.encounterChanged(event, confirmed.encounterId(), "encounter confirmed");
                        })
                .on(EncounterAmended.TYPE, EncounterAmended.VERSION, EncounterAmended.class, (event, amended) -> {
                    encounters.amended(event, amended);
                    drafting.encounterChanged(event, amended.encounterId(),
                            "encounter amended to revision " + amended.revision());
                })
                .on(EncounterVoided.TYPE, EncounterVoided.VERSION, EncounterVoided.class, (event, voided) -> {
                    encounters.voided(event, voided);
                    drafting.encounterVoided(event, voided.encounterId());
                })
                .build();
    }

    @KafkaListener(topics = Topics.ENCOUNTER_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
