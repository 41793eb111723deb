package io.claimline.patient.registry.integration;

import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientErased;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedValue;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.platform.integration.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Translates patient events into {@code patients.patient-events.v1}. A side effect, so never replayed; the
 * sealed PHI is passed on as it is: consumers cannot read it without the patient's key.
 */
@Component
@ProcessingGroup("patient-events-publisher")
@DisallowReplay
class PatientEventsPublisher {

    private final IntegrationEventPublisher publisher;

    PatientEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(PatientRegisteredEvent event, DomainEventMessage<PatientRegisteredEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, PatientRegistered.TYPE, PatientRegistered.VERSION,
                new PatientRegistered(event.patientId().toString(), wire(event.givenName()),
                        wire(event.familyName()), wire(event.dateOfBirth()), event.registeredAt()));
    }

    @EventHandler
    void on(PatientDemographicsChangedEvent event, DomainEventMessage<PatientDemographicsChangedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, PatientDemographicsChanged.TYPE,
                PatientDemographicsChanged.VERSION,
                new PatientDemographicsChanged(event.patientId().toString(), wire(event.givenName()),
                        wire(event.familyName()), wire(event.dateOfBirth()), event.changedAt()));
    }

    @EventHandler
    void on(PatientDataErasedEvent event, DomainEventMessage<PatientDataErasedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, PatientErased.TYPE, PatientErased.VERSION,
                new PatientErased(event.patientId().toString(), event.reason(), event.erasedAt()));
    }

    private static SealedValue wire(io.claimline.platform.phi.SealedValue value) {
        return new SealedValue(value.keyId(), value.ciphertext());
    }
}
