package io.claimline.claims.payer.integration;

import io.claimline.claims.claim.integration.ClaimCorrections;
import io.claimline.claims.payer.query.PayerCopies;
import io.claimline.contracts.Topics;
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.contracts.payers.v1.PayerChanged;
import io.claimline.contracts.payers.v1.PayerDeactivated;
import io.claimline.contracts.payers.v1.PayerReactivated;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the payer copy from {@code patients.payer-events.v1}: each event once, malformed ones dead-lettered. */
@Component
class PayerEventsListener {

    private final IntegrationEventRouter router;

    PayerEventsListener(IntegrationEvents events, PayerCopies copies, ClaimCorrections corrections) {
        // A payer's terms (EDI id, timely-filing limit) are scrubbed: claims needing correction are checked again.
        this.router = events.router(Topics.PAYER_EVENTS_V1)
                .on(PayerAdded.TYPE, PayerAdded.VERSION, PayerAdded.class, (event, added) -> {
                    copies.added(event, added);
                    corrections.clinicDataCorrected(event, "payer added to the registry");
                })
                .on(PayerChanged.TYPE, PayerChanged.VERSION, PayerChanged.class, (event, changed) -> {
                    copies.changed(event, changed);
                    corrections.clinicDataCorrected(event, "payer corrected in the registry");
                })
                .on(PayerDeactivated.TYPE, PayerDeactivated.VERSION, PayerDeactivated.class, copies::deactivated)
                .on(PayerReactivated.TYPE, PayerReactivated.VERSION, PayerReactivated.class, copies::reactivated)
                .build();
    }

    @KafkaListener(topics = Topics.PAYER_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }
}
