package io.claimline.billing.account.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AccountMergedEvent;
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
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The ledger of one guarantor at one clinic, for every patient they are responsible for: charges, payments and
 * adjustments will post here. Its id is the guarantor's (the patient's own for SELF). The rules are
 * {@link GuarantorLedger}'s; this class decides with them and applies the events.
 */
@Aggregate
public class PatientAccount {

    @AggregateIdentifier
    private AccountId accountId;
    private String clinicId;
    private GuarantorLedger ledger;

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
    public Money handle(MergeAccountCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        requireClinic(clinicId);
        Money amount = ledger.transferOutForMerge(command.survivingAccountId());
        if (amount == null) {
            return Money.zero(ledger.balance().currency());
        }
        // A zero balance is transferred too: the pair is the merge's ledger record of what the account held.
        apply(new BalanceTransferredOutEvent(accountId, command.survivingAccountId(), command.transferId(), amount,
                clock.instant()));
        apply(new AccountMergedEvent(accountId, command.survivingAccountId(), command.survivingPatientId(),
                clock.instant()));
        return amount;
    }

    @CommandHandler
    public void handle(ReceiveBalanceTransferCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        requireClinic(clinicId);
        if (ledger.acceptsTransferIn(command.fromAccountId(), command.transferId(), command.amount())) {
            apply(new BalanceTransferredInEvent(accountId, command.fromAccountId(), command.transferId(),
                    command.amount(), clock.instant()));
        }
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
    void on(PatientAccountOpenedEvent event) {
        this.accountId = event.accountId();
        this.clinicId = event.clinicId();
        this.ledger = new GuarantorLedger(event.accountId(), event.balance());
        ledger.join(event.patientId());
    }

    @EventSourcingHandler
    void on(GuarantorAccountOpenedEvent event) {
        this.accountId = event.accountId();
        this.clinicId = event.clinicId();
        this.ledger = new GuarantorLedger(event.accountId(), event.balance());
    }

    @EventSourcingHandler
    void on(GuarantorOnFileEvent event) {
        ledger.guarantorOnFile(event.kind(), event.guarantor());
    }

    @EventSourcingHandler
    void on(PatientResponsibilityAssignedEvent event) {
        ledger.join(event.patientId());
    }

    @EventSourcingHandler
    void on(PatientResponsibilityEndedEvent event) {
        ledger.leave(event.patientId());
    }

    @EventSourcingHandler
    void on(BalanceTransferredOutEvent event) {
        ledger.transferredOut(event.amount());
    }

    @EventSourcingHandler
    void on(BalanceTransferredInEvent event) {
        ledger.transferredIn(event.transferId(), event.amount());
    }

    @EventSourcingHandler
    void on(AccountMergedEvent event) {
        ledger.mergedInto(event.survivingAccountId());
    }
}
