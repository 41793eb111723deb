package io.claimline.patient.registry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.patient.registry.api.AddCoverageCommand;
import io.claimline.patient.registry.api.AssignGuarantorCommand;
import io.claimline.patient.registry.api.ChangeCoverageCommand;
import io.claimline.patient.registry.api.ChangePatientDemographicsCommand;
import io.claimline.patient.registry.api.CoverageAddedEvent;
import io.claimline.patient.registry.api.CoverageChangedEvent;
import io.claimline.patient.registry.api.CoverageEndedEvent;
import io.claimline.patient.registry.api.CoverageOrder;
import io.claimline.patient.registry.api.CoverageTerms;
import io.claimline.patient.registry.api.CoveragesReorderedEvent;
import io.claimline.patient.registry.api.DeactivatePatientCommand;
import io.claimline.patient.registry.api.DismissPossibleDuplicateCommand;
import io.claimline.patient.registry.api.EligibilityFailedEvent;
import io.claimline.patient.registry.api.EligibilityVerifiedEvent;
import io.claimline.patient.registry.api.EndCoverageCommand;
import io.claimline.patient.registry.api.ErasePatientDataCommand;
import io.claimline.patient.registry.api.ErasureReasons;
import io.claimline.patient.registry.api.GuarantorAssignedEvent;
import io.claimline.patient.registry.api.GuarantorKind;
import io.claimline.patient.registry.api.MergePatientCommand;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDeactivatedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientDemographicsVerifiedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientMergedEvent;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.registry.api.PersonDetails;
import io.claimline.patient.registry.api.PossibleDuplicateDismissedEvent;
import io.claimline.patient.registry.api.RecordEligibilityCommand;
import io.claimline.patient.registry.api.RegisterPatientCommand;
import io.claimline.patient.registry.api.ReorderCoveragesCommand;
import io.claimline.patient.registry.api.SealedCoverage;
import io.claimline.patient.registry.api.VerifyPatientDemographicsCommand;
import io.claimline.patient.vault.keys.DataKeys;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.phi.PersonalDataErasedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient of one clinic, with their guarantor and coverages. PHI is sealed in the command handlers, before
 * anything is applied, so no event ever holds it in the clear; the aggregate keeps only what its decisions need.
 */
@Aggregate
public class Patient {

    @AggregateIdentifier
    private PatientId patientId;
    private String clinicId;
    private boolean erased;
    private boolean active = true;
    private PatientId mergedInto;
    private final Set<PatientId> duplicateCandidates = new HashSet<>();
    private final Coverages coverages = new Coverages();

    protected Patient() {
        // for Axon
    }

    @CommandHandler
    public Patient(RegisterPatientCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            PhiCipher phi, Clock clock) {
        if (clinicId == null) {
            throw new IllegalArgumentException("a patient must belong to a clinic");
        }
        PersonDetails person = Demographics.check(command.person(), LocalDate.now(clock));
        PersonSeal seal = new PersonSeal(phi.sealerFor(command.patientId().toString()));
        List<PatientId> candidates = command.possibleDuplicates().stream()
                .filter(candidate -> !candidate.equals(command.patientId())).distinct().toList();
        apply(new PatientRegisteredEvent(command.patientId(), clinicId, seal.value(person.givenName()),
                seal.value(person.familyName()), seal.value(person.dateOfBirth().toString()), clock.instant(),
                seal.details(person), candidates));
    }

    @CommandHandler
    public void handle(ChangePatientDemographicsCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, PhiCipher phi, Clock clock) {
        requireChangeable(clinicId);
        String reason = Reasons.optional(command.reason());
        PersonDetails person = Demographics.check(command.person(), LocalDate.now(clock));
        PersonSeal seal = new PersonSeal(phi.sealerFor(patientId.toString()));
        apply(new PatientDemographicsChangedEvent(patientId, seal.value(person.givenName()),
                seal.value(person.familyName()), seal.value(person.dateOfBirth().toString()), clock.instant(),
                seal.details(person), reason));
    }

    @CommandHandler
    public void handle(VerifyPatientDemographicsCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        requireChangeable(clinicId);
        apply(new PatientDemographicsVerifiedEvent(patientId, clock.instant()));
    }

    @CommandHandler
    public void handle(DeactivatePatientCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireChangeable(clinicId);
        if (!active) {
            throw new StateConflictException("the patient is already inactive");
        }
        apply(new PatientDeactivatedEvent(patientId, Reasons.required(command.reason()), clock.instant()));
    }

    @CommandHandler
    public void handle(DismissPossibleDuplicateCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        requireChangeable(clinicId);
        if (!duplicateCandidates.contains(command.candidate())) {
            throw new NotFoundException("possible duplicate");
        }
        apply(new PossibleDuplicateDismissedEvent(patientId, command.candidate(), Reasons.required(command.reason()),
                clock.instant()));
    }

    /** The losing side of a merge: its history stays as it is, and from now on its id points at the survivor. */
    @CommandHandler
    public void handle(MergePatientCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireChangeable(clinicId);
        if (command.survivingPatientId() == null || command.survivingPatientId().equals(patientId)) {
            throw InvalidFieldsException.of("survivingPatientId", "must be another patient");
        }
        apply(new PatientMergedEvent(patientId, command.survivingPatientId(), Reasons.required(command.reason()),
                clock.instant()));
    }

    @CommandHandler
    public void handle(AssignGuarantorCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireChangeable(clinicId);
        boolean self = command.kind() == GuarantorKind.SELF;
        if (self != patientId.toString().equals(command.guarantorId())) {
            throw InvalidFieldsException.of("guarantorId", "is the patient's own id exactly when the kind is SELF");
        }
        apply(new GuarantorAssignedEvent(patientId, command.guarantorId(), command.kind(), command.guarantor(),
                Reasons.optional(command.reason()), clock.instant()));
    }

    @CommandHandler
    public void handle(AddCoverageCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            PhiCipher phi, Clock clock) {
        requireChangeable(clinicId);
        CoverageTerms terms = coverages.checkAdd(command.coverageId(), command.terms(), LocalDate.now(clock));
        apply(new CoverageAddedEvent(patientId, command.coverageId(), seal(terms, phi), clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeCoverageCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            PhiCipher phi, Clock clock) {
        requireChangeable(clinicId);
        CoverageTerms terms = coverages.checkChange(command.coverageId(), command.terms(), LocalDate.now(clock));
        apply(new CoverageChangedEvent(patientId, command.coverageId(), seal(terms, phi),
                Reasons.optional(command.reason()), clock.instant()));
    }

    @CommandHandler
    public void handle(EndCoverageCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireChangeable(clinicId);
        coverages.checkEnd(command.coverageId(), command.terminationDate());
        apply(new CoverageEndedEvent(patientId, command.coverageId(), command.terminationDate(),
                Reasons.optional(command.reason()), clock.instant()));
    }

    @CommandHandler
    public void handle(ReorderCoveragesCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireChangeable(clinicId);
        coverages.checkReorder(command.order());
        apply(new CoveragesReorderedEvent(patientId, List.copyOf(command.order()), Reasons.optional(command.reason()),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordEligibilityCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireChangeable(clinicId);
        coverages.find(command.coverageId()).orElseThrow(() -> new NotFoundException("coverage"));
        var outcome = command.outcome();
        if (outcome.active()) {
            apply(new EligibilityVerifiedEvent(patientId, command.coverageId(), command.checkId(),
                    command.dateOfService(), outcome.planBegin(), outcome.planEnd(), outcome.benefits(),
                    clock.instant()));
        } else {
            apply(new EligibilityFailedEvent(patientId, command.coverageId(), command.checkId(),
                    command.dateOfService(), outcome.status(), List.copyOf(outcome.reasons()), outcome.planEnd(),
                    clock.instant()));
        }
    }

    /**
     * Crypto-shredding: the key is destroyed in the same transaction that stores the event, so the record of the
     * erasure and the erasure itself cannot part.
     */
    @CommandHandler
    public void handle(ErasePatientDataCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            DataKeys keys, Clock clock) {
        requireOwnClinic(clinicId);
        if (!ErasureReasons.ALL.contains(command.reason())) {
            throw new IllegalArgumentException("reason must be one of " + String.join(", ", ErasureReasons.ALL));
        }
        if (erased) {
            throw new PersonalDataErasedException();
        }
        keys.destroy(patientId.toString());
        apply(new PatientDataErasedEvent(patientId, command.reason(), clock.instant()));
    }

    private SealedCoverage seal(CoverageTerms terms, PhiCipher phi) {
        PersonSeal seal = new PersonSeal(phi.sealerFor(patientId.toString()));
        return new SealedCoverage(terms.payerId(), terms.planName(), seal.value(terms.memberId()),
                terms.groupNumber(), terms.relationship(),
                terms.subscriber() == null ? null : seal.subscriber(terms.subscriber()), terms.priority(),
                terms.effectiveDate(), terms.terminationDate(), terms.benefits());
    }

    private void requireOwnClinic(String clinicId) {
        if (!this.clinicId.equals(clinicId)) {
            throw new NotFoundException("patient"); // other clinics' patients do not exist for the caller
        }
    }

    /** Erased and merged patients keep their history but take no more changes. */
    private void requireChangeable(String clinicId) {
        requireOwnClinic(clinicId);
        if (erased) {
            throw new PersonalDataErasedException();
        }
        if (mergedInto != null) {
            throw new PatientMergedException();
        }
    }

    @EventSourcingHandler
    void on(PatientRegisteredEvent event) {
        this.patientId = event.patientId();
        this.clinicId = event.clinicId();
        duplicateCandidates.addAll(event.possibleDuplicates());
    }

    @EventSourcingHandler
    void on(PossibleDuplicateDismissedEvent event) {
        duplicateCandidates.remove(event.candidate());
    }

    @EventSourcingHandler
    void on(PatientDeactivatedEvent event) {
        this.active = false;
    }

    @EventSourcingHandler
    void on(PatientMergedEvent event) {
        this.mergedInto = event.survivingPatientId();
    }

    @EventSourcingHandler
    void on(CoverageAddedEvent event) {
        coverages.put(new Coverages.Coverage(event.coverageId(), event.coverage().priority(),
                event.coverage().effectiveDate(), event.coverage().terminationDate()));
    }

    @EventSourcingHandler
    void on(CoverageChangedEvent event) {
        on(new CoverageAddedEvent(event.patientId(), event.coverageId(), event.coverage(), event.changedAt()));
    }

    @EventSourcingHandler
    void on(CoverageEndedEvent event) {
        coverages.find(event.coverageId()).ifPresent(c -> coverages.put(new Coverages.Coverage(c.coverageId(),
                c.priority(), c.effectiveDate(), event.terminationDate())));
    }

    @EventSourcingHandler
    void on(CoveragesReorderedEvent event) {
        for (CoverageOrder entry : event.order()) {
            coverages.find(entry.coverageId()).ifPresent(c -> coverages.put(new Coverages.Coverage(c.coverageId(),
                    entry.priority(), c.effectiveDate(), c.terminationDate())));
        }
    }

    @EventSourcingHandler
    void on(PatientDataErasedEvent event) {
        this.erased = true;
    }
}
