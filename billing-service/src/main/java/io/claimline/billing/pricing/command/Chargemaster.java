package io.claimline.billing.pricing.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.pricing.api.ChargemasterId;
import io.claimline.billing.pricing.api.EndPricesCommand;
import io.claimline.billing.pricing.api.PriceEntry;
import io.claimline.billing.pricing.api.PricesEndedEvent;
import io.claimline.billing.pricing.api.PricesSetEvent;
import io.claimline.billing.pricing.api.SetPricesCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * A clinic's chargemaster: the price of one unit of each procedure code, effective-dated per code. A bulk write
 * prices many codes from one date; each code's versions follow each other ({@link EffectiveVersions}). Every handler
 * answers the version its events reached, for the ETag and read-your-writes. Formats and amounts are checked before
 * a command is sent; this keeps the rules that depend on the chargemaster's history.
 */
@Aggregate
public class Chargemaster {

    /** A bulk write stays one event of a sensible size; a clinic's chargemaster has hundreds of codes. */
    public static final int MAX_CODES_PER_WRITE = 2000;

    @AggregateIdentifier
    private ChargemasterId chargemasterId;
    private long version = -1;
    private final EffectiveVersions<String> codes = new EffectiveVersions<>();

    protected Chargemaster() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(SetPricesCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.chargemasterId(), clinicId);
        requireExpectedVersion(command.expectedVersion());
        EffectiveVersions.requireDate("effectiveFrom", command.effectiveFrom());
        requireSomeDistinct(command.prices().stream().map(PriceEntry::code).toList(), "prices");
        for (PriceEntry price : command.prices()) {
            EffectiveVersions.refuse("effectiveFrom", "the price of " + price.code(),
                    codes.refusalOfVersion(price.code(), command.effectiveFrom()));
        }
        apply(new PricesSetEvent(command.chargemasterId(), command.effectiveFrom(), command.prices(),
                clock.instant()));
        return version;
    }

    @CommandHandler
    public long handle(EndPricesCommand command, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId,
            Clock clock) {
        requireOwnClinic(command.chargemasterId(), clinicId);
        EffectiveVersions.requireDate("effectiveTo", command.effectiveTo());
        requireSomeDistinct(command.codes(), "codes");
        for (String code : command.codes()) {
            EffectiveVersions.refuse("effectiveTo", "the price of " + code,
                    codes.refusalOfEnd(code, command.effectiveTo()));
        }
        apply(new PricesEndedEvent(chargemasterId, command.effectiveTo(), command.codes(), clock.instant()));
        return version;
    }

    private void requireOwnClinic(ChargemasterId target, String clinicId) {
        if (clinicId == null || !target.clinicId().equals(clinicId)) {
            throw new NotFoundException("chargemaster"); // another clinic's chargemaster does not exist for the caller
        }
    }

    /** Axon checks expected versions only on loading for an update, not for a create-if-missing handler. */
    private void requireExpectedVersion(Long expected) {
        if (chargemasterId != null && expected != null && expected != version) {
            throw new ConflictingAggregateVersionException(chargemasterId.toString(), expected, version);
        }
    }

    private static void requireSomeDistinct(List<String> list, String field) {
        if (list.isEmpty()) {
            throw InvalidFieldsException.of(field, "must list at least one code");
        }
        if (list.size() > MAX_CODES_PER_WRITE) {
            throw InvalidFieldsException.of(field, "must list at most " + MAX_CODES_PER_WRITE + " codes");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!seen.add(list.get(i))) {
                throw InvalidFieldsException.of(field + "[" + i + "]", "lists a code a second time");
            }
        }
    }

    @EventSourcingHandler
    void on(PricesSetEvent event, @SequenceNumber long sequence) {
        chargemasterId = event.chargemasterId();
        event.prices().forEach(price -> codes.recordVersion(price.code(), event.effectiveFrom()));
        version = sequence;
    }

    @EventSourcingHandler
    void on(PricesEndedEvent event, @SequenceNumber long sequence) {
        event.codes().forEach(code -> codes.recordEnd(code, event.effectiveTo()));
        version = sequence;
    }

    @Override
    public String toString() {
        return "Chargemaster[" + Objects.toString(chargemasterId) + "@" + version + "]";
    }
}
