package io.claimline.billing.account.integration;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AssignResponsibilityCommand;
import io.claimline.billing.account.api.EndResponsibilityCommand;
import io.claimline.billing.account.api.MergeAccountCommand;
import io.claimline.billing.account.api.MovedBalance;
import io.claimline.billing.account.api.OpenPatientAccountCommand;
import io.claimline.billing.account.api.ReceiveBalanceTransferCommand;
import io.claimline.billing.account.api.ResponsibilityEndReason;
import io.claimline.billing.account.api.SealedGuarantor;
import io.claimline.billing.account.query.CoverageCopies;
import io.claimline.billing.estimate.query.PatientSeals;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.CoverageChanged;
import io.claimline.contracts.patients.v1.CoverageEnded;
import io.claimline.contracts.patients.v1.CoveragesReordered;
import io.claimline.contracts.patients.v1.EligibilityChecked;
import io.claimline.contracts.patients.v1.GuarantorAssigned;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedPerson;
import io.claimline.platform.command.Commands;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import io.claimline.platform.integration.IntegrationEventRouter;
import io.claimline.platform.integration.IntegrationEvents;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.phi.SealedValue;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Patient events into the guarantor ledgers and the coverage copy. Commands run inside the inbox's transaction,
 * so the accounts' events, the routing rows and the de-duplication row commit together; a business rule that
 * refuses (a merged account, an account not open yet) rolls all of it back and the event is recorded as refused.
 */
@Component
class PatientEventsListener {

    static final String SERVICE = "billing-service";
    private static final Set<String> KINDS = Set.of("SELF", "PATIENT", "PERSON");

    private final IntegrationEventRouter router;
    private final Commands commands;
    private final AccountRouting routing;
    private final MeterRegistry meters;
    private final PatientSeals seals;

    PatientEventsListener(IntegrationEvents events, Commands commands, AccountRouting routing,
            CoverageCopies coverages, PatientSeals seals, MeterRegistry meters) {
        this.commands = commands;
        this.seals = seals;
        this.routing = routing;
        this.meters = meters;
        this.router = events.router(Topics.PATIENT_EVENTS_V1)
                .on(PatientRegistered.TYPE, PatientRegistered.VERSION, PatientRegistered.class, this::registered)
                .on(GuarantorAssigned.TYPE, GuarantorAssigned.VERSION, GuarantorAssigned.class,
                        this::guarantorAssigned)
                // The sealed name and date of birth, for good-faith estimates' PDFs (estimate package).
                .on(PatientDemographicsChanged.TYPE, PatientDemographicsChanged.VERSION,
                        PatientDemographicsChanged.class, seals::demographicsChanged)
                .on(PatientMerged.TYPE, PatientMerged.VERSION, PatientMerged.class, this::merged)
                .on(CoverageAdded.TYPE, CoverageAdded.VERSION, CoverageAdded.class, coverages::added)
                .on(CoverageChanged.TYPE, CoverageChanged.VERSION, CoverageChanged.class, coverages::changed)
                .on(CoverageEnded.TYPE, CoverageEnded.VERSION, CoverageEnded.class, coverages::ended)
                .on(CoveragesReordered.TYPE, CoveragesReordered.VERSION, CoveragesReordered.class,
                        coverages::reordered)
                .on(EligibilityChecked.TYPE, EligibilityChecked.VERSION, EligibilityChecked.class,
                        coverages::eligibilityChecked)
                .build();
        // Registered at zero so a dashboard sees the series before the first merge.
        meters.counter("claimline.billing.accounts.merged");
        KINDS.forEach(kind -> meters.counter("claimline.billing.guarantors.assigned", "kind", kind));
    }

    @KafkaListener(topics = Topics.PATIENT_EVENTS_V1)
    void on(ConsumerRecord<String, byte[]> record) {
        router.accept(record);
    }

    private void registered(IntegrationEvent event, PatientRegistered patient) {
        AccountId own = AccountId.ofPatient(patient.patientId());
        send(new OpenPatientAccountCommand(own, patient.patientId()), event);
        routing.responsibleIfUnknown(patient.patientId(), event.clinicId(), own);
        seals.registered(event, patient);
    }

    /** The patient joins the guarantor's account (opened if missing) and leaves the one responsible before. */
    private void guarantorAssigned(IntegrationEvent event, GuarantorAssigned assigned) {
        AccountId next = AccountId.ofGuarantor(assigned.guarantorId());
        AccountId previous = routing.responsibleFor(assigned.patientId()).filter(p -> !p.equals(next)).orElse(null);
        send(new AssignResponsibilityCommand(next, assigned.patientId(), assigned.kind(),
                sealed(assigned.guarantorId(), assigned.guarantor()), previous), event);
        if (previous != null) {
            send(new EndResponsibilityCommand(previous, assigned.patientId(), next,
                    ResponsibilityEndReason.REASSIGNED), event);
        }
        routing.responsible(assigned.patientId(), event.clinicId(), next);
        meters.counter("claimline.billing.guarantors.assigned", "kind",
                KINDS.contains(assigned.kind()) ? assigned.kind() : "OTHER").increment();
    }

    /**
     * The duplicate's own account moves its balance to the survivor's guarantor account by a transfer pair and is
     * closed into it; the duplicate leaves the account that answered for it.
     */
    private void merged(IntegrationEvent event, PatientMerged merged) {
        AccountId target = routing.live(routing.responsibleFor(merged.survivingPatientId())
                .orElse(AccountId.ofPatient(merged.survivingPatientId())));
        AccountId losing = AccountId.ofPatient(merged.patientId());
        if (target.equals(losing)) {
            throw new IntegrationEventRefusedException(
                    "the surviving patient's guarantor account is the merged patient's own account");
        }
        AccountId current = routing.responsibleFor(merged.patientId()).orElse(null);
        if (current != null) {
            send(new EndResponsibilityCommand(current, merged.patientId(), target, ResponsibilityEndReason.MERGED),
                    event);
        }
        String transferId = "merge-" + event.eventId();
        MovedBalance moved = send(new MergeAccountCommand(losing, target, merged.survivingPatientId(), transferId),
                event);
        send(new ReceiveBalanceTransferCommand(target, losing, transferId, moved.amount(), moved.lines(),
                moved.unapplied()), event);
        routing.merged(losing, event.clinicId(), target);
        routing.responsible(merged.patientId(), event.clinicId(), target);
        meters.counter("claimline.billing.accounts.merged").increment();
    }

    /** Never swallow a command's failure: its unit of work has marked the transaction for rollback already. */
    private <R> R send(Object command, IntegrationEvent event) {
        try {
            return commands.sendForIntegrationEvent(command, event, SERVICE);
        } catch (StateConflictException conflict) {
            throw new IntegrationEventRefusedException(conflict.getMessage());
        } catch (AggregateNotFoundException notOpen) {
            throw new IntegrationEventRefusedException("no account is open for " + notOpen.getAggregateIdentifier());
        }
    }

    private static SealedGuarantor sealed(String subjectId, SealedPerson person) {
        return new SealedGuarantor(subjectId, sealed(person.givenName()), sealed(person.familyName()),
                sealed(person.dateOfBirth()), sealed(person.sex()), sealed(person.address()), sealed(person.phone()),
                sealed(person.email()));
    }

    private static SealedValue sealed(io.claimline.contracts.patients.v1.SealedValue value) {
        return value == null ? null : new SealedValue(value.keyId(), value.ciphertext());
    }
}
