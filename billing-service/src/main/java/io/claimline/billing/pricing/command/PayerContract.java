package io.claimline.billing.pricing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.pricing.api.ContractEndedEvent;
import io.claimline.billing.pricing.api.ContractId;
import io.claimline.billing.pricing.api.ContractTermsSetEvent;
import io.claimline.billing.pricing.api.EndContractCommand;
import io.claimline.billing.pricing.api.SetContractTermsCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The contract between a clinic and one payer: versions of its terms, each in force from its first day until the
 * next one or the contract's end. Whether the payer exists is asked of the payer copy before a command is sent;
 * the terms' own rules (method, percentages, amounts, carve-outs) are checked on the way in too.
 */
@Aggregate
public class PayerContract {

    private static final String TERMS = "terms";

    @AggregateIdentifier
    private ContractId contractId;
    private long version = -1;
    private final EffectiveVersions<String> terms = new EffectiveVersions<>();

    protected PayerContract() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(SetContractTermsCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.contractId(), clinicId);
        if (contractId != null && command.expectedVersion() != null && command.expectedVersion() != version) {
            // Axon checks expected versions only on loading for an update, not for a create-if-missing handler.
            throw new ConflictingAggregateVersionException(contractId.toString(), command.expectedVersion(),
                    version);
        }
        EffectiveVersions.requireDate("effectiveFrom", command.effectiveFrom());
        if (command.terms() == null) {
            throw InvalidFieldsException.of("method", "is required");
        }
        EffectiveVersions.refuse("effectiveFrom", "the contract",
                terms.refusalOfVersion(TERMS, command.effectiveFrom()));
        apply(new ContractTermsSetEvent(command.contractId(), command.effectiveFrom(), command.terms(),
                clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(EndContractCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.contractId(), clinicId);
        EffectiveVersions.requireDate("effectiveTo", command.effectiveTo());
        EffectiveVersions.refuse("effectiveTo", "the contract", terms.refusalOfEnd(TERMS, command.effectiveTo()));
        apply(new ContractEndedEvent(contractId, command.effectiveTo(), clock.instant()));
        return version;
    }

    private static void requireOwnClinic(ContractId target, String clinicId) {
        if (clinicId == null || !target.clinicId().equals(clinicId)) {
            throw new NotFoundException("contract"); // another clinic's contract does not exist for the caller
        }
    }

    @EventSourcingHandler
    void on(ContractTermsSetEvent event, @SequenceNumber long sequence) {
        contractId = event.contractId();
        terms.recordVersion(TERMS, event.effectiveFrom());
        version = sequence;
    }

    @EventSourcingHandler
    void on(ContractEndedEvent event, @SequenceNumber long sequence) {
        terms.recordEnd(TERMS, event.effectiveTo());
        version = sequence;
    }

    @Override
    public String toString() {
        return "PayerContract[" + Objects.toString(contractId) + "@" + version + "]";
    }
}
