package io.claimline.patient.payer.integration;

import io.claimline.contracts.Topics;
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.contracts.payers.v1.PayerAddress;
import io.claimline.contracts.payers.v1.PayerChanged;
import io.claimline.contracts.payers.v1.PayerDeactivated;
import io.claimline.contracts.payers.v1.PayerReactivated;
import io.claimline.contracts.payers.v1.PayerTerms;
import io.claimline.patient.payer.api.PayerAddedEvent;
import io.claimline.patient.payer.api.PayerChangedEvent;
import io.claimline.patient.payer.api.PayerDeactivatedEvent;
import io.claimline.patient.payer.api.PayerDetails;
import io.claimline.patient.payer.api.PayerReactivatedEvent;
import io.claimline.platform.integration.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Translates payer events into {@code patients.payer-events.v1} (key = payer id). A side effect, so never replayed.
 * Payer data is not PHI: it travels in the clear.
 */
@Component
@ProcessingGroup("payer-events-publisher")
@DisallowReplay
class PayerEventsPublisher {

    private final IntegrationEventPublisher publisher;

    PayerEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(PayerAddedEvent event, DomainEventMessage<PayerAddedEvent> message) {
        publisher.publish(Topics.PAYER_EVENTS_V1, message, PayerAdded.TYPE, PayerAdded.VERSION,
                new PayerAdded(event.payerId().toString(), terms(event.details()), event.addedAt()));
    }

    @EventHandler
    void on(PayerChangedEvent event, DomainEventMessage<PayerChangedEvent> message) {
        publisher.publish(Topics.PAYER_EVENTS_V1, message, PayerChanged.TYPE, PayerChanged.VERSION,
                new PayerChanged(event.payerId().toString(), terms(event.details()), event.changedAt()));
    }

    @EventHandler
    void on(PayerDeactivatedEvent event, DomainEventMessage<PayerDeactivatedEvent> message) {
        publisher.publish(Topics.PAYER_EVENTS_V1, message, PayerDeactivated.TYPE, PayerDeactivated.VERSION,
                new PayerDeactivated(event.payerId().toString(), event.deactivatedAt()));
    }

    @EventHandler
    void on(PayerReactivatedEvent event, DomainEventMessage<PayerReactivatedEvent> message) {
        publisher.publish(Topics.PAYER_EVENTS_V1, message, PayerReactivated.TYPE, PayerReactivated.VERSION,
                new PayerReactivated(event.payerId().toString(), event.reactivatedAt()));
    }

    private static PayerTerms terms(PayerDetails d) {
        return new PayerTerms(d.name(), d.ediPayerId(), d.claimFilingIndicator(), d.initialClaimDays(),
                d.correctedClaimDays(), d.appealDays(), new PayerAddress(d.address().line1(), d.address().line2(),
                        d.address().city(), d.address().state(), d.address().postalCode()),
                d.phone(), d.acceptsElectronicClaims());
    }
}
