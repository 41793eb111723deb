package io.claimline.billing.encounter.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.encounter.api.AmendEncounterCommand;
import io.claimline.billing.encounter.api.ConfirmEncounterCommand;
import io.claimline.billing.encounter.api.Confirmer;
import io.claimline.billing.encounter.api.EncounterAmendedEvent;
import io.claimline.billing.encounter.api.EncounterConfirmedEvent;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterDiscardedEvent;
import io.claimline.billing.encounter.api.EncounterId;
import io.claimline.billing.encounter.api.EncounterRecordedEvent;
import io.claimline.billing.encounter.api.EncounterRevisedEvent;
import io.claimline.billing.encounter.api.EncounterStatus;
import io.claimline.billing.encounter.api.EncounterVoidedEvent;
import io.claimline.billing.encounter.api.RecordEncounterCommand;
import io.claimline.billing.encounter.api.VoidEncounterCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.StateConflictException;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One encounter: the services a provider rendered to a patient on a visit. It waits for its rendering provider's
 * review; once confirmed it is billable, and every later correction is a new revision (an amendment), never an
 * edit. Every handler answers the aggregate's version (for the ETag and read-your-writes).
 */
@Aggregate
public class Encounter {

    @AggregateIdentifier
    private EncounterId encounterId;
    private String clinicId;
    private EncounterStatus status;
    private EncounterData data;
    private int revision;
    private long version = -1;

    protected Encounter() {
        // for Axon
    }

    @CommandHandler
    public Encounter(RecordEncounterCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        EncounterShape.check(command.data());
        apply(new EncounterRecordedEvent(command.encounterId(), clinicId, command.data(), clock.instant()));
    }

    @CommandHandler
    public long handle(ConfirmEncounterCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinic,
            Clock clock) {
        requireSeenBy(clinic, command.expectedVersion());
        if (status != EncounterStatus.PENDING_PROVIDER_REVIEW) {
            throw new StateConflictException("only an encounter pending provider review can be confirmed; this one is "
                    + status.name().toLowerCase());
        }
        String onBehalf = reviewedBy(command.confirmer(), command.onBehalfReason(), "onBehalfReason");
        apply(new EncounterConfirmedEvent(encounterId, data, onBehalf, null, clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(AmendEncounterCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinic,
            Clock clock) {
        requireSeenBy(clinic, command.expectedVersion());
        requireReason(command.reason(), "reason");
        EncounterShape.check(command.data());
        Confirmer amender = command.amender();
        if (amender != null && amender.npi() != null && !amender.manager() && !isRenderingProvider(amender, data)) {
            throw new AccessDeniedException("a provider amends only the encounters they rendered");
        }
        if (!command.data().patientId().equals(data.patientId())) {
            throw new StateConflictException("patientId",
                    "an encounter stays with its patient; void it and record it on the right patient");
        }
        switch (status) {
            case PENDING_PROVIDER_REVIEW -> amendPending(command, clock);
            case CONFIRMED -> apply(new EncounterAmendedEvent(encounterId, revision + 1, command.data(),
                    command.reason(), clock.instant()));
            case VOIDED -> throw new StateConflictException("a voided encounter cannot be amended");
        }
        return version;
    }

    @CommandHandler
    public long handle(VoidEncounterCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinic,
            Clock clock) {
        requireSeenBy(clinic, command.expectedVersion());
        requireReason(command.reason(), "reason");
        if (status == EncounterStatus.VOIDED) {
            throw new StateConflictException("the encounter is already voided");
        }
        if (status == EncounterStatus.CONFIRMED) {
            apply(new EncounterVoidedEvent(encounterId, revision, command.reason(), clock.instant()));
        } else {
            apply(new EncounterDiscardedEvent(encounterId, command.reason(), clock.instant()));
        }
        return version;
    }

    /**
     * A pending encounter corrected by its rendering provider is reviewed and confirmed as corrected; corrected by
     * anyone else (a biller fixing a code, a manager) it still waits for the provider.
     */
    private void amendPending(AmendEncounterCommand command, Clock clock) {
        Confirmer amender = command.amender();
        if (amender != null && isRenderingProvider(amender, data)) {
            apply(new EncounterConfirmedEvent(encounterId, command.data(), null, command.reason(), clock.instant()));
        } else {
            apply(new EncounterRevisedEvent(encounterId, command.data(), command.reason(), clock.instant()));
        }
    }

    /** Only the rendering provider reviews their encounter; a manager may, for them, saying why. */
    private String reviewedBy(Confirmer confirmer, String onBehalfReason, String reasonField) {
        if (confirmer != null && isRenderingProvider(confirmer, data)) {
            return null;
        }
        if (confirmer == null || !confirmer.manager()) {
            throw new AccessDeniedException("only the encounter's rendering provider or a manager may confirm it");
        }
        requireReason(onBehalfReason, reasonField);
        return onBehalfReason;
    }

    private static boolean isRenderingProvider(Confirmer confirmer, EncounterData data) {
        return confirmer.npi() != null && confirmer.npi().equals(data.renderingProvider().npi());
    }

    private static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of(field, "is required");
        }
        if (reason.length() > 500) {
            throw InvalidFieldsException.of(field, "must be at most 500 characters");
        }
    }

    private void requireSeenBy(String clinic, Long expectedVersion) {
        if (!clinicId.equals(clinic)) {
            // Another clinic's id answers as if it did not exist.
            throw new AggregateNotFoundException(encounterId.toString(), "no such encounter");
        }
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConflictingAggregateVersionException(encounterId.toString(), expectedVersion, version);
        }
    }

    @EventSourcingHandler
    void on(EncounterRecordedEvent event, @SequenceNumber long sequence) {
        encounterId = event.encounterId();
        clinicId = event.clinicId();
        data = event.data();
        status = EncounterStatus.PENDING_PROVIDER_REVIEW;
        version = sequence;
    }

    @EventSourcingHandler
    void on(EncounterRevisedEvent event, @SequenceNumber long sequence) {
        data = event.data();
        version = sequence;
    }

    @EventSourcingHandler
    void on(EncounterConfirmedEvent event, @SequenceNumber long sequence) {
        data = event.data();
        status = EncounterStatus.CONFIRMED;
        revision = 1;
        version = sequence;
    }

    @EventSourcingHandler
    void on(EncounterAmendedEvent event, @SequenceNumber long sequence) {
        data = event.data();
        revision = event.revision();
        version = sequence;
    }

    @EventSourcingHandler
    void on(EncounterVoidedEvent event, @SequenceNumber long sequence) {
        status = EncounterStatus.VOIDED;
        version = sequence;
    }

    @EventSourcingHandler
    void on(EncounterDiscardedEvent event, @SequenceNumber long sequence) {
        status = EncounterStatus.VOIDED;
        version = sequence;
    }
}
