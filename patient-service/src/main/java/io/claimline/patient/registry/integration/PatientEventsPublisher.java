package io.claimline.patient.registry.integration;

import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.Coverage;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.CoverageChanged;
import io.claimline.contracts.patients.v1.CoverageEnded;
import io.claimline.contracts.patients.v1.CoveragesReordered;
import io.claimline.contracts.patients.v1.EligibilityChecked;
import io.claimline.contracts.patients.v1.GuarantorAssigned;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientErased;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedDetails;
import io.claimline.contracts.patients.v1.SealedPerson;
import io.claimline.contracts.patients.v1.SealedValue;
import io.claimline.patient.registry.api.Benefits;
import io.claimline.patient.registry.api.CoverageAddedEvent;
import io.claimline.patient.registry.api.CoverageChangedEvent;
import io.claimline.patient.registry.api.CoverageEndedEvent;
import io.claimline.patient.registry.api.CoveragesReorderedEvent;
import io.claimline.patient.registry.api.EligibilityFailedEvent;
import io.claimline.patient.registry.api.EligibilityVerifiedEvent;
import io.claimline.patient.registry.api.GuarantorAssignedEvent;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientMergedEvent;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.registry.api.SealedContact;
import io.claimline.patient.registry.api.SealedCoverage;
import io.claimline.patient.registry.api.SealedSubscriber;
import io.claimline.platform.integration.IntegrationEventPublisher;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Translates patient events into {@code patients.patient-events.v1}. A side effect, so never replayed; the
 * sealed PHI is passed on as it is: consumers cannot read it without the vault.
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
                        wire(event.familyName()), wire(event.dateOfBirth()), event.registeredAt(),
                        details(event.details())));
    }

    @EventHandler
    void on(PatientDemographicsChangedEvent event, DomainEventMessage<PatientDemographicsChangedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, PatientDemographicsChanged.TYPE,
                PatientDemographicsChanged.VERSION,
                new PatientDemographicsChanged(event.patientId().toString(), wire(event.givenName()),
                        wire(event.familyName()), wire(event.dateOfBirth()), event.changedAt(),
                        details(event.details()), event.reason()));
    }

    @EventHandler
    void on(GuarantorAssignedEvent event, DomainEventMessage<GuarantorAssignedEvent> message) {
        SealedContact c = event.guarantor();
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, GuarantorAssigned.TYPE, GuarantorAssigned.VERSION,
                new GuarantorAssigned(event.patientId().toString(), event.guarantorId(), event.kind().name(),
                        new SealedPerson(wire(c.givenName()), wire(c.familyName()), null, null, wire(c.address()),
                                wire(c.phone()), wire(c.email())), event.assignedAt()));
    }

    @EventHandler
    void on(PatientMergedEvent event, DomainEventMessage<PatientMergedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, PatientMerged.TYPE, PatientMerged.VERSION,
                new PatientMerged(event.patientId().toString(), event.survivingPatientId().toString(),
                        event.mergedAt()));
    }

    @EventHandler
    void on(CoverageAddedEvent event, DomainEventMessage<CoverageAddedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, CoverageAdded.TYPE, CoverageAdded.VERSION,
                new CoverageAdded(event.patientId().toString(), coverage(event.coverageId(), event.coverage()),
                        event.addedAt()));
    }

    @EventHandler
    void on(CoverageChangedEvent event, DomainEventMessage<CoverageChangedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, CoverageChanged.TYPE, CoverageChanged.VERSION,
                new CoverageChanged(event.patientId().toString(), coverage(event.coverageId(), event.coverage()),
                        event.changedAt()));
    }

    @EventHandler
    void on(CoverageEndedEvent event, DomainEventMessage<CoverageEndedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, CoverageEnded.TYPE, CoverageEnded.VERSION,
                new CoverageEnded(event.patientId().toString(), event.coverageId(), event.terminationDate(),
                        event.endedAt()));
    }

    @EventHandler
    void on(CoveragesReorderedEvent event, DomainEventMessage<CoveragesReorderedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, CoveragesReordered.TYPE, CoveragesReordered.VERSION,
                new CoveragesReordered(event.patientId().toString(), event.order().stream()
                        .map(entry -> new CoveragesReordered.Entry(entry.coverageId(), entry.priority().name()))
                        .toList(), event.reorderedAt()));
    }

    @EventHandler
    void on(EligibilityVerifiedEvent event, DomainEventMessage<EligibilityVerifiedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, EligibilityChecked.TYPE, EligibilityChecked.VERSION,
                new EligibilityChecked(event.patientId().toString(), event.coverageId(), event.checkId(),
                        event.dateOfService(), "ACTIVE", event.planBegin(), event.planEnd(),
                        benefits(event.benefits()), List.of(), event.checkedAt()));
    }

    @EventHandler
    void on(EligibilityFailedEvent event, DomainEventMessage<EligibilityFailedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, EligibilityChecked.TYPE, EligibilityChecked.VERSION,
                new EligibilityChecked(event.patientId().toString(), event.coverageId(), event.checkId(),
                        event.dateOfService(), event.status(), null, event.planEnd(), null, event.reasons(),
                        event.checkedAt()));
    }

    @EventHandler
    void on(PatientDataErasedEvent event, DomainEventMessage<PatientDataErasedEvent> message) {
        publisher.publish(Topics.PATIENT_EVENTS_V1, message, PatientErased.TYPE, PatientErased.VERSION,
                new PatientErased(event.patientId().toString(), event.reason(), event.erasedAt()));
    }

    private static Coverage coverage(String coverageId, SealedCoverage c) {
        SealedSubscriber s = c.subscriber();
        return new Coverage(coverageId, c.payerId(), c.planName(), wire(c.memberId()), c.groupNumber(),
                c.relationship().name(), s == null ? null : new SealedPerson(wire(s.givenName()),
                        wire(s.familyName()), wire(s.dateOfBirth()), wire(s.sex()), wire(s.address()), null, null),
                c.priority().name(), c.effectiveDate(), c.terminationDate(), benefits(c.benefits()));
    }

    private static io.claimline.contracts.patients.v1.Benefits benefits(Benefits b) {
        return b == null ? null : new io.claimline.contracts.patients.v1.Benefits(b.copay(), b.coinsurance(),
                b.deductible(), b.deductibleRemaining(), b.outOfPocketMax(), b.outOfPocketRemaining());
    }

    private static SealedDetails details(io.claimline.patient.registry.api.SealedDetails d) {
        return d == null ? null : new SealedDetails(wire(d.middleName()), wire(d.preferredName()), wire(d.sex()),
                wire(d.address()), wire(d.phone()), wire(d.email()), wire(d.preferredContactMethod()),
                wire(d.language()));
    }

    private static SealedValue wire(io.claimline.platform.phi.SealedValue value) {
        return value == null ? null : new SealedValue(value.keyId(), value.ciphertext());
    }
}
