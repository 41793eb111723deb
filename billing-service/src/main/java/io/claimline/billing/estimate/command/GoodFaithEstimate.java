package io.claimline.billing.estimate.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.claimline.billing.estimate.api.BillComparedEvent;
import io.claimline.billing.estimate.api.BillComparison;
import io.claimline.billing.estimate.api.CompareWithBillCommand;
import io.claimline.billing.estimate.api.GoodFaithEstimateId;
import io.claimline.billing.estimate.api.GoodFaithEstimateIssuedEvent;
import io.claimline.billing.estimate.api.IssueGoodFaithEstimateCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A good-faith estimate given to an uninsured or self-pay patient: issued once with what it states, never changed
 * (a new estimate is a new one), and kept so that the final bill can be compared with it. The comparison records
 * the encounter billed, its total and whether the bill is at least $400 over the estimate (the patient's right to
 * dispute); an amended bill of the same encounter is compared again, another encounter's bill is refused.
 */
@Aggregate
public class GoodFaithEstimate {

    static final String FLAGGED_METRIC = "claimline.billing.estimates.bills.flagged";

    @AggregateIdentifier
    private GoodFaithEstimateId estimateId;
    private String clinicId;
    private Money total;
    private String comparedEncounter;
    private long version = -1;

    protected GoodFaithEstimate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public long handle(IssueGoodFaithEstimateCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId, Clock clock) {
        if (clinicId == null || clinicId.isBlank()) {
            throw new IllegalArgumentException("a good-faith estimate is issued by a clinic");
        }
        if (!DisputeThreshold.isUsd(command.content().total())) {
            throw InvalidFieldsException.of("items", "expected charges are US dollars, never negative");
        }
        apply(new GoodFaithEstimateIssuedEvent(command.estimateId(), clinicId, command.content(), clock.instant()));
        return version;
    }

    @CommandHandler
    public BillComparison handle(CompareWithBillCommand command,
            @MetaDataValue(MetaDataKeys.CLINIC_ID) String callerClinic, Clock clock, MeterRegistry meters) {
        if (!clinicId.equals(callerClinic)) {
            throw new NotFoundException("good-faith estimate"); // another clinic's estimate does not exist for it
        }
        if (command.encounterId() == null || command.encounterId().isBlank()) {
            throw InvalidFieldsException.of("encounterId", "is required");
        }
        if (command.billedTotal() == null || !DisputeThreshold.isUsd(command.billedTotal())) {
            throw InvalidFieldsException.of("billedTotal", "must be an amount in US dollars, never negative");
        }
        if (comparedEncounter != null && !comparedEncounter.equals(command.encounterId())) {
            throw new StateConflictException("the estimate was already compared with another encounter's bill");
        }
        Money excess = DisputeThreshold.excess(total, command.billedTotal());
        boolean flagged = DisputeThreshold.reached(total, command.billedTotal());
        apply(new BillComparedEvent(estimateId, clinicId, command.encounterId(), total, command.billedTotal(),
                excess, flagged, clock.instant()));
        if (flagged) {
            // Counted where the decision is taken (a command runs once; a replay applies events, not commands).
            meters.counter(FLAGGED_METRIC).increment();
        }
        return new BillComparison(estimateId.toString(), command.encounterId(), total, command.billedTotal(), excess,
                flagged, version);
    }

    @EventSourcingHandler
    void on(GoodFaithEstimateIssuedEvent event, @SequenceNumber long sequence) {
        estimateId = event.estimateId();
        clinicId = event.clinicId();
        total = event.content().total();
        version = sequence;
    }

    @EventSourcingHandler
    void on(BillComparedEvent event, @SequenceNumber long sequence) {
        comparedEncounter = event.encounterId();
        version = sequence;
    }

    @Override
    public String toString() {
        return "GoodFaithEstimate[" + Objects.toString(estimateId) + "@" + version + "]";
    }
}
