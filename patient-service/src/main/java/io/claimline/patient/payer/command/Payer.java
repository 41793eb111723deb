package io.claimline.patient.payer.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.patient.payer.api.AddPayerCommand;
import io.claimline.patient.payer.api.ChangePayerCommand;
import io.claimline.patient.payer.api.DeactivatePayerCommand;
import io.claimline.patient.payer.api.PayerAddedEvent;
import io.claimline.patient.payer.api.PayerChangedEvent;
import io.claimline.patient.payer.api.PayerDeactivatedEvent;
import io.claimline.patient.payer.api.PayerDetails;
import io.claimline.patient.payer.api.PayerId;
import io.claimline.patient.payer.api.PayerReactivatedEvent;
import io.claimline.patient.payer.api.ReactivatePayerCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A payer one clinic bills. The rules for its details live in {@link PayerRules}; the one rule across payers (an
 * EDI payer id held by one active payer of the clinic) in {@link EdiPayerIds}. The aggregate keeps only what its
 * decisions need. Handlers of an existing payer answer its new version (the ETag), so a caller that sent no
 * If-Match still learns it.
 */
@Aggregate
public class Payer {

    static final String EDI_PAYER_ID_TAKEN = "is already the EDI payer id of another active payer of this clinic";

    @AggregateIdentifier
    private PayerId payerId;
    private String clinicId;
    private String ediPayerId;
    private boolean active;

    protected Payer() {
        // for Axon
    }

    @CommandHandler
    public Payer(AddPayerCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            EdiPayerIds ediPayerIds, Clock clock) {
        if (clinicId == null) {
            throw new IllegalArgumentException("a payer must belong to a clinic");
        }
        PayerDetails details = PayerRules.check(command.details());
        claim(ediPayerIds, clinicId, details.ediPayerId(), command.payerId());
        apply(new PayerAddedEvent(command.payerId(), clinicId, details, clock.instant()));
    }

    @CommandHandler
    public Long handle(ChangePayerCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            EdiPayerIds ediPayerIds, Clock clock) {
        requireOwnClinic(clinicId);
        PayerDetails details = PayerRules.check(command.details());
        if (active && !details.ediPayerId().equals(ediPayerId)) {
            claim(ediPayerIds, clinicId, details.ediPayerId(), payerId);
            ediPayerIds.release(clinicId, ediPayerId, payerId);
        }
        apply(new PayerChangedEvent(payerId, details, clock.instant()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(DeactivatePayerCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            EdiPayerIds ediPayerIds, Clock clock) {
        requireOwnClinic(clinicId);
        if (!active) {
            throw new ConflictingModificationException("the payer is already inactive");
        }
        ediPayerIds.release(clinicId, ediPayerId, payerId);
        apply(new PayerDeactivatedEvent(payerId, clock.instant()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ReactivatePayerCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            EdiPayerIds ediPayerIds, Clock clock) {
        requireOwnClinic(clinicId);
        if (active) {
            throw new ConflictingModificationException("the payer is already active");
        }
        claim(ediPayerIds, clinicId, ediPayerId, payerId);
        apply(new PayerReactivatedEvent(payerId, clock.instant()));
        return AggregateLifecycle.getVersion();
    }

    private static void claim(EdiPayerIds ediPayerIds, String clinicId, String ediPayerId, PayerId payerId) {
        if (!ediPayerIds.claim(clinicId, ediPayerId, payerId)) {
            // A field the caller can fix (400 naming it), rather than a 409: nothing about this payer's own state
            // conflicts, and the same answer serves an add, a change and a reactivation (ADR 0016).
            throw InvalidFieldsException.of("ediPayerId", EDI_PAYER_ID_TAKEN);
        }
    }

    private void requireOwnClinic(String clinicId) {
        if (!this.clinicId.equals(clinicId)) {
            throw new NotFoundException("payer"); // other clinics' payers do not exist for the caller
        }
    }

    @EventSourcingHandler
    void on(PayerAddedEvent event) {
        this.payerId = event.payerId();
        this.clinicId = event.clinicId();
        this.ediPayerId = event.details().ediPayerId();
        this.active = true;
    }

    @EventSourcingHandler
    void on(PayerChangedEvent event) {
        this.ediPayerId = event.details().ediPayerId();
    }

    @EventSourcingHandler
    void on(PayerDeactivatedEvent event) {
        this.active = false;
    }

    @EventSourcingHandler
    void on(PayerReactivatedEvent event) {
        this.active = true;
    }
}
