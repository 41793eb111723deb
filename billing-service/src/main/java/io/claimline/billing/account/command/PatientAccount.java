package io.claimline.billing.account.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AccountMergedEvent;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.ChargeReversedEvent;
import io.claimline.billing.account.api.IssueRefundCommand;
import io.claimline.billing.account.api.LedgerPosting;
import io.claimline.billing.account.api.MovedBalance;
import io.claimline.billing.account.api.PatientAccountEvent;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.PostAdjustmentCommand;
import io.claimline.billing.account.api.PostEncounterChargesCommand;
import io.claimline.billing.account.api.PostPaymentCommand;
import io.claimline.billing.account.api.PostingResult;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.ReverseEncounterChargesCommand;
import io.claimline.billing.account.api.IssueStatementCommand;
import io.claimline.billing.account.api.StatementIssuedEvent;
import io.claimline.billing.account.api.StatementIssuedEvent.StatementLine;
import io.claimline.billing.account.api.TransferResponsibilityCommand;
import io.claimline.billing.account.api.AssignResponsibilityCommand;
import io.claimline.billing.account.api.BalanceTransferredInEvent;
import io.claimline.billing.account.api.BalanceTransferredOutEvent;
import io.claimline.billing.account.api.EndResponsibilityCommand;
import io.claimline.billing.account.api.GuarantorAccountOpenedEvent;
import io.claimline.billing.account.api.GuarantorOnFileEvent;
import io.claimline.billing.account.api.MergeAccountCommand;
import io.claimline.billing.account.api.OpenPatientAccountCommand;
import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.billing.account.api.PatientResponsibilityAssignedEvent;
import io.claimline.billing.account.api.PatientResponsibilityEndedEvent;
import io.claimline.billing.account.api.ReceiveBalanceTransferCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.security.Roles;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The ledger of one guarantor at one clinic, for every patient they are responsible for: charges, payments,
 * adjustments, refunds and transfers of responsibility post here. Its id is the guarantor's (the patient's own for
 * SELF). The rules are {@link GuarantorLedger}'s (who) and {@link AccountLedger}'s (what is owed); this class decides
 * with them and applies the events. Accounts live for years: Axon snapshots it (its fields are the snapshot, as
 * JSON), so loading one replays at most the events since the last snapshot.
 */
@Aggregate(snapshotTriggerDefinition = "patientAccountSnapshots")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class PatientAccount {

    @AggregateIdentifier
    private AccountId accountId;
    private String clinicId;
    private GuarantorLedger ledger;
    private AccountLedger postings;
    private long version = -1;
    private int statements;
    private LocalDate lastStatementOn;

    protected PatientAccount() {
        // for Axon, and for the creation policy below
    }

    /**
     * A registered patient's own account. Usually new; already open when another patient named this patient their
     * guarantor first (their events travel on another partition), and then the patient joins it.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenPatientAccountCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireClinic(clinicId);
        if (ledger == null) {
            apply(new PatientAccountOpenedEvent(command.accountId(), clinicId, command.patientId(),
                    Money.zero(Money.USD), clock.instant()));
            return;
        }
        if (!ledger.answersFor(command.patientId())) {
            ledger.requireOpen();
            apply(new PatientResponsibilityAssignedEvent(accountId, command.patientId(), null, clock.instant()));
        }
    }

    /** The guarantor becomes responsible for the patient; their account is opened if it is missing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AssignResponsibilityCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireClinic(clinicId);
        if (ledger == null) {
            apply(new GuarantorAccountOpenedEvent(command.accountId(), clinicId, command.kind(),
                    Money.zero(Money.USD), clock.instant()));
        }
        ledger.requireOpen();
        if (ledger.guarantorDiffers(command.kind(), command.guarantor())) {
            apply(new GuarantorOnFileEvent(accountId, command.kind(), command.guarantor(), clock.instant()));
        }
        if (!ledger.answersFor(command.patientId())) {
            apply(new PatientResponsibilityAssignedEvent(accountId, command.patientId(), command.previousAccountId(),
                    clock.instant()));
        }
    }

    @CommandHandler
    public void handle(EndResponsibilityCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        requireClinic(clinicId);
        if (ledger.answersFor(command.patientId())) {
            apply(new PatientResponsibilityEndedEvent(accountId, command.patientId(), command.nextAccountId(),
                    command.reason(), clock.instant()));
        }
    }

    /** Moves the whole balance out by a transfer (never an edit) and closes the account into the survivor's. */
    @CommandHandler
    public MovedBalance handle(MergeAccountCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        requireClinic(clinicId);
        if (!ledger.mergesInto(command.survivingAccountId())) {
            return new MovedBalance(Money.zero(Money.USD), List.of(), Money.zero(Money.USD));
        }
        MovedBalance moved = new MovedBalance(postings.balance(), postings.lines(), postings.unapplied());
        // A zero balance is transferred too: the pair is the merge's ledger record of what the account held.
        apply(new BalanceTransferredOutEvent(accountId, command.survivingAccountId(), command.transferId(),
                moved.amount(), clock.instant(), moved.lines(), moved.unapplied()));
        apply(new AccountMergedEvent(accountId, command.survivingAccountId(), command.survivingPatientId(),
                clock.instant()));
        return moved;
    }

    @CommandHandler
    public void handle(ReceiveBalanceTransferCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        requireClinic(clinicId);
        if (ledger.acceptsTransferIn(command.fromAccountId(), command.transferId())) {
            apply(new BalanceTransferredInEvent(accountId, command.fromAccountId(), command.transferId(),
                    command.amount(), clock.instant(), command.lines(), command.unapplied()));
        }
    }

    // ---- postings: each idempotent on its source; a repeat answers the first posting and changes nothing

    @CommandHandler
    public PostingResult handle(PostEncounterChargesCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, PostingSources sources, Clock clock) {
        return post(sources, clinicId, command.source(), null,
                () -> postings.charges(command, UUID::randomUUID, clock.instant()));
    }

    @CommandHandler
    public PostingResult handle(ReverseEncounterChargesCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, PostingSources sources, Clock clock) {
        return post(sources, clinicId, command.source(), null,
                () -> postings.reversals(command, UUID::randomUUID, clock.instant()));
    }

    @CommandHandler
    public PostingResult handle(PostPaymentCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, PostingSources sources, Clock clock) {
        return post(sources, clinicId, command.source(), command.amount(),
                () -> List.of(postings.payment(command, UUID.randomUUID(), clock.instant())));
    }

    @CommandHandler
    public PostingResult handle(PostAdjustmentCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            @MetaDataValue(MetaDataKeys.USER_ID) String userId, PostingSources sources, Clock clock) {
        AdjustmentPolicy.requireAllowed(command.reason(), command.actorRoles());
        String approvedBy = command.actorRoles().contains(Roles.MANAGER)
                ? userId : null;
        return post(sources, clinicId, command.source(), command.amount(),
                () -> List.of(postings.adjustment(command, UUID.randomUUID(), approvedBy, clock.instant())));
    }

    @CommandHandler
    public PostingResult handle(IssueRefundCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            @MetaDataValue(MetaDataKeys.USER_ID) String userId, PostingSources sources, Clock clock) {
        return post(sources, clinicId, command.source(), command.amount(),
                () -> List.of(postings.refund(command, UUID.randomUUID(), userId, clock.instant())));
    }

    @CommandHandler
    public PostingResult handle(TransferResponsibilityCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, PostingSources sources, Clock clock) {
        return post(sources, clinicId, command.source(), command.amount(),
                () -> List.of(postings.transfer(command, UUID.randomUUID(), clock.instant())));
    }

    /** A statement of what the patient owes now; the lines and totals are the ledger's, the event says them all. */
    @CommandHandler
    public long handle(IssueStatementCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireClinic(clinicId);
        ledger.requireOpen();
        if (lastStatementOn != null && command.issuedOn().isBefore(lastStatementOn.plus(command.minimumInterval()))) {
            throw new StateConflictException("issuedOn", "the last statement was issued on " + lastStatementOn
                    + "; the next may be issued from " + lastStatementOn.plus(command.minimumInterval()));
        }
        List<StatementLine> lines = StatementLines.of(postings.lines());
        Money patientDue = StatementLines.sum(lines, StatementLine::patientDue);
        Money unapplied = postings.unapplied();
        Money amountDue = patientDue.minus(unapplied);
        if (amountDue.amount().signum() <= 0) {
            throw new StateConflictException("the patient owes nothing on this account: no statement is due");
        }
        String number = accountId.value().toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-"
                + String.format("%04d", statements + 1);
        apply(new StatementIssuedEvent(accountId, command.statementId(), number, command.issuedOn(),
                command.dueDate(), ledger.guarantor(), lines, StatementLines.sum(lines, StatementLine::awaitingInsurance),
                patientDue, unapplied, amountDue, command.onDemand(), clock.instant()));
        return version;
    }

    private PostingResult post(PostingSources sources, String commandClinicId, String source, Money amount,
            Supplier<List<? extends PatientAccountEvent>> decide) {
        requireClinic(commandClinicId);
        ledger.requireOpen();
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a posting names its source");
        }
        Optional<PostingSources.Posted> before = sources.find(accountId, source);
        if (before.isPresent()) {
            Money first = before.get().amount();
            if (amount != null && first != null && !first.equals(amount)) {
                throw new StateConflictException("source", "the source was posted before with another amount");
            }
            return new PostingResult(before.get().postingId(), version, true);
        }
        List<? extends PatientAccountEvent> events = decide.get();
        events.forEach(AggregateLifecycle::apply);
        return new PostingResult(firstPostingId(events), version, false);
    }

    private static UUID firstPostingId(List<? extends PatientAccountEvent> events) {
        return events.stream().filter(LedgerPosting.class::isInstance).map(e -> ((LedgerPosting) e).postingId())
                .findFirst().orElse(null);
    }

    /** Ids are unique across clinics, so a second clinic naming this account is a fault, never a new account. */
    private void requireClinic(String commandClinicId) {
        if (commandClinicId == null) {
            throw new IllegalArgumentException("an account must belong to a clinic");
        }
        if (this.clinicId != null && !this.clinicId.equals(commandClinicId)) {
            throw new StateConflictException("the account belongs to another clinic");
        }
    }

    @EventSourcingHandler
    void on(PatientAccountOpenedEvent event, @SequenceNumber long sequence) {
        opened(event.accountId(), event.clinicId(), sequence);
        ledger.join(event.patientId());
    }

    @EventSourcingHandler
    void on(GuarantorAccountOpenedEvent event, @SequenceNumber long sequence) {
        opened(event.accountId(), event.clinicId(), sequence);
    }

    private void opened(AccountId id, String clinic, long sequence) {
        this.accountId = id;
        this.clinicId = clinic;
        this.ledger = new GuarantorLedger(id);
        this.postings = new AccountLedger(id);
        this.version = sequence;
    }

    @EventSourcingHandler
    void on(GuarantorOnFileEvent event, @SequenceNumber long sequence) {
        ledger.guarantorOnFile(event.kind(), event.guarantor());
        version = sequence;
    }

    @EventSourcingHandler
    void on(PatientResponsibilityAssignedEvent event, @SequenceNumber long sequence) {
        ledger.join(event.patientId());
        version = sequence;
    }

    @EventSourcingHandler
    void on(PatientResponsibilityEndedEvent event, @SequenceNumber long sequence) {
        ledger.leave(event.patientId());
        version = sequence;
    }

    @EventSourcingHandler
    void on(BalanceTransferredOutEvent event, @SequenceNumber long sequence) {
        postings.emptied();
        version = sequence;
    }

    @EventSourcingHandler
    void on(BalanceTransferredInEvent event, @SequenceNumber long sequence) {
        ledger.transferredIn(event.transferId());
        postings.received(event.amount(), event.lines(), event.unapplied());
        version = sequence;
    }

    @EventSourcingHandler
    void on(AccountMergedEvent event, @SequenceNumber long sequence) {
        ledger.mergedInto(event.survivingAccountId());
        version = sequence;
    }

    @EventSourcingHandler
    void on(ChargePostedEvent event, @SequenceNumber long sequence) {
        posted(event, sequence);
    }

    @EventSourcingHandler
    void on(ChargeReversedEvent event, @SequenceNumber long sequence) {
        posted(event, sequence);
    }

    @EventSourcingHandler
    void on(PaymentPostedEvent event, @SequenceNumber long sequence) {
        posted(event, sequence);
    }

    @EventSourcingHandler
    void on(AdjustmentPostedEvent event, @SequenceNumber long sequence) {
        posted(event, sequence);
    }

    @EventSourcingHandler
    void on(RefundIssuedEvent event, @SequenceNumber long sequence) {
        posted(event, sequence);
    }

    @EventSourcingHandler
    void on(ResponsibilityTransferredEvent event, @SequenceNumber long sequence) {
        posted(event, sequence);
    }

    @EventSourcingHandler
    void on(StatementIssuedEvent event, @SequenceNumber long sequence) {
        statements++;
        lastStatementOn = event.issuedOn();
        version = sequence;
    }

    private void posted(PatientAccountEvent event, long sequence) {
        postings.on(event);
        version = sequence;
    }
}
