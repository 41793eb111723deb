package io.claimline.billing.practice.integration;

import io.claimline.billing.practice.api.Address;
import io.claimline.billing.practice.api.ClinicProfileChangedEvent;
import io.claimline.billing.practice.api.LocationAddedEvent;
import io.claimline.billing.practice.api.LocationChangedEvent;
import io.claimline.billing.practice.api.ProviderAddedEvent;
import io.claimline.billing.practice.api.ProviderChangedEvent;
import io.claimline.billing.practice.api.ProviderDeactivatedEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.practice.v1.ClinicProfileChanged;
import io.claimline.contracts.practice.v1.LocationAdded;
import io.claimline.contracts.practice.v1.LocationChanged;
import io.claimline.contracts.practice.v1.ProviderAdded;
import io.claimline.contracts.practice.v1.ProviderChanged;
import io.claimline.contracts.practice.v1.ProviderDeactivated;
import io.claimline.platform.integration.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Translates practice events into {@code billing.practice-events.v1} (key = clinic id), so patient-service and
 * claims-service keep their copies. A side effect, so never replayed. Practice data is not PHI: values travel plain.
 */
@Component
@ProcessingGroup(PracticeEventsPublisher.PROCESSING_GROUP)
@DisallowReplay
class PracticeEventsPublisher {

    static final String PROCESSING_GROUP = "practice-events-publisher";

    private final IntegrationEventPublisher publisher;

    PracticeEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ClinicProfileChangedEvent event, DomainEventMessage<ClinicProfileChangedEvent> message) {
        var profile = event.profile();
        publisher.publish(Topics.PRACTICE_EVENTS_V1, message, ClinicProfileChanged.TYPE, ClinicProfileChanged.VERSION,
                new ClinicProfileChanged(event.practiceId().clinicId(), event.effectiveFrom(), profile.legalName(),
                        profile.billingNpi(), profile.taxId(), profile.taxonomy(), wire(profile.billingAddress()),
                        wire(profile.payToAddress()), event.recordedAt()));
    }

    @EventHandler
    void on(ProviderAddedEvent event, DomainEventMessage<ProviderAddedEvent> message) {
        var details = event.details();
        publisher.publish(Topics.PRACTICE_EVENTS_V1, message, ProviderAdded.TYPE, ProviderAdded.VERSION,
                new ProviderAdded(event.practiceId().clinicId(), event.providerId().toString(), event.effectiveFrom(),
                        event.effectiveTo(), details.npi(), details.givenName(), details.familyName(),
                        details.taxonomy(), details.credential(), event.recordedAt()));
    }

    @EventHandler
    void on(ProviderChangedEvent event, DomainEventMessage<ProviderChangedEvent> message) {
        var details = event.details();
        publisher.publish(Topics.PRACTICE_EVENTS_V1, message, ProviderChanged.TYPE, ProviderChanged.VERSION,
                new ProviderChanged(event.practiceId().clinicId(), event.providerId().toString(),
                        event.effectiveFrom(), event.effectiveTo(), details.npi(), details.givenName(),
                        details.familyName(), details.taxonomy(), details.credential(), event.recordedAt()));
    }

    @EventHandler
    void on(ProviderDeactivatedEvent event, DomainEventMessage<ProviderDeactivatedEvent> message) {
        publisher.publish(Topics.PRACTICE_EVENTS_V1, message, ProviderDeactivated.TYPE, ProviderDeactivated.VERSION,
                new ProviderDeactivated(event.practiceId().clinicId(), event.providerId().toString(),
                        event.effectiveTo(), event.reason(), event.recordedAt()));
    }

    @EventHandler
    void on(LocationAddedEvent event, DomainEventMessage<LocationAddedEvent> message) {
        var details = event.details();
        publisher.publish(Topics.PRACTICE_EVENTS_V1, message, LocationAdded.TYPE, LocationAdded.VERSION,
                new LocationAdded(event.practiceId().clinicId(), event.locationId().toString(), event.effectiveFrom(),
                        event.effectiveTo(), details.name(), wire(details.address()), details.placeOfService(),
                        details.npi(), event.recordedAt()));
    }

    @EventHandler
    void on(LocationChangedEvent event, DomainEventMessage<LocationChangedEvent> message) {
        var details = event.details();
        publisher.publish(Topics.PRACTICE_EVENTS_V1, message, LocationChanged.TYPE, LocationChanged.VERSION,
                new LocationChanged(event.practiceId().clinicId(), event.locationId().toString(),
                        event.effectiveFrom(), event.effectiveTo(), details.name(), wire(details.address()),
                        details.placeOfService(), details.npi(), event.recordedAt()));
    }

    private static io.claimline.contracts.practice.v1.Address wire(Address address) {
        return address == null ? null : new io.claimline.contracts.practice.v1.Address(address.line1(),
                address.line2(), address.city(), address.state(), address.postalCode());
    }
}
