package io.claimline.billing.encounter.integration;

import io.claimline.billing.encounter.api.EncounterAmendedEvent;
import io.claimline.billing.encounter.api.EncounterConfirmedEvent;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterVoidedEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.encounters.v1.EncounterAmended;
import io.claimline.contracts.encounters.v1.EncounterConfirmed;
import io.claimline.contracts.encounters.v1.EncounterDetails;
import io.claimline.contracts.encounters.v1.EncounterVoided;
import io.claimline.contracts.patients.v1.SealedValue;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import io.claimline.platform.integration.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what claims are built from on {@code billing.encounter-events.v1} (key = encounter id): an encounter
 * once confirmed, each later amendment in full, and a void of a confirmed one. Pending encounters, their
 * corrections and their discarding stay inside billing: they are not billable. A side effect, so never replayed. Codes and amounts are
 * not PHI on their own (the patient is an id; demographics stay sealed in patient-service's events).
 */
@Component
@ProcessingGroup(EncounterEventsPublisher.PROCESSING_GROUP)
@DisallowReplay
class EncounterEventsPublisher {

    static final String PROCESSING_GROUP = "encounter-events-publisher";

    private final IntegrationEventPublisher publisher;

    EncounterEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(EncounterConfirmedEvent event, DomainEventMessage<EncounterConfirmedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        publisher.publish(Topics.ENCOUNTER_EVENTS_V1, message, EncounterConfirmed.TYPE, EncounterConfirmed.VERSION,
                new EncounterConfirmed(clinicId, event.encounterId().toString(), 1, details(event.data()),
                        who(userId), event.onBehalfReason(), event.confirmedAt()));
    }

    @EventHandler
    void on(EncounterAmendedEvent event, DomainEventMessage<EncounterAmendedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        publisher.publish(Topics.ENCOUNTER_EVENTS_V1, message, EncounterAmended.TYPE, EncounterAmended.VERSION,
                new EncounterAmended(clinicId, event.encounterId().toString(), event.revision(),
                        details(event.data()), event.reason(), who(userId), event.amendedAt()));
    }

    @EventHandler
    void on(EncounterVoidedEvent event, DomainEventMessage<EncounterVoidedEvent> message,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        publisher.publish(Topics.ENCOUNTER_EVENTS_V1, message, EncounterVoided.TYPE, EncounterVoided.VERSION,
                new EncounterVoided(clinicId, event.encounterId().toString(), event.revision(), event.reason(),
                        who(userId), event.voidedAt()));
    }

    static EncounterDetails details(EncounterData data) {
        var rendering = data.renderingProvider();
        var billing = data.billingProvider();
        var referring = data.referringProvider();
        return new EncounterDetails(data.patientId().toString(), text(data.coverageId()), text(data.payerId()),
                data.serviceFrom(), data.serviceTo(), data.placeOfService(), data.locationId().toString(),
                new EncounterDetails.RenderingProvider(rendering.providerId().toString(), rendering.npi(),
                        rendering.givenName(), rendering.familyName(), rendering.taxonomy()),
                new EncounterDetails.BillingProvider(billing.npi(), billing.taxId(), billing.legalName(),
                        billing.taxonomy()),
                referring == null ? null : new EncounterDetails.ReferringProvider(referring.npi(),
                        referring.givenName(), referring.familyName()),
                data.diagnoses(),
                IntStream.range(0, data.lines().size()).mapToObj(i -> line(i + 1, data.lines().get(i))).toList(),
                amount(data.totalCharge()), amount(data.expectedReimbursement()));
    }

    private static EncounterDetails.ServiceLine line(int number, EncounterData.Line line) {
        return new EncounterDetails.ServiceLine(line.lineId().toString(), number, line.serviceDate(),
                line.procedureCode(), line.modifiers(), line.units(), line.diagnosisPointers(), amount(line.charge()),
                line.chargeOverrideReason(), amount(line.expectedReimbursement()),
                line.note() == null ? null : new SealedValue(line.note().keyId(), line.note().ciphertext()));
    }

    private static String who(String userId) {
        return userId == null ? "unknown" : userId;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
