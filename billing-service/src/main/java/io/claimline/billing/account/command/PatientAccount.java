package io.claimline.billing.account.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.OpenPatientAccountCommand;
import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The ledger of one patient at one clinic: charges, payments and adjustments will post here. */
@Aggregate
public class PatientAccount {

    @AggregateIdentifier
    private AccountId accountId;

    protected PatientAccount() {
        // for Axon
    }

    @CommandHandler
    public PatientAccount(OpenPatientAccountCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        if (clinicId == null) {
            throw new IllegalArgumentException("an account must belong to a clinic");
        }
        apply(new PatientAccountOpenedEvent(command.accountId(), clinicId, command.patientId(),
                Money.zero(Money.USD), clock.instant()));
    }

    @EventSourcingHandler
    void on(PatientAccountOpenedEvent event) {
        this.accountId = event.accountId();
    }
}
