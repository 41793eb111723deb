package io.claimline.billing.estimate.integration;

import io.claimline.billing.encounter.api.EncounterAmendedEvent;
import io.claimline.billing.encounter.api.EncounterConfirmedEvent;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterId;
import io.claimline.billing.estimate.api.CompareWithBillCommand;
import io.claimline.billing.estimate.api.GoodFaithEstimateId;
import io.claimline.billing.estimate.query.GoodFaithEstimateProjection;
import io.claimline.platform.axon.MetaDataKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * The final bill of a self-pay encounter is its confirmed charges: when one is confirmed (and again when amended),
 * it is compared with the patient's good-faith estimate for that date of service, if there is one, so a bill at
 * least $400 over it is flagged without anyone having to remember. A side effect (a command), so never replayed;
 * the command carries the event's clinic and user (Axon's correlation data).
 */
@Component
@ProcessingGroup(GoodFaithBills.PROCESSING_GROUP)
@DisallowReplay
class GoodFaithBills {

    static final String PROCESSING_GROUP = "good-faith-bills";

    private final GoodFaithEstimateProjection estimates;
    private final CommandGateway commands;
    private final Counter compared;

    GoodFaithBills(GoodFaithEstimateProjection estimates, CommandGateway commands, MeterRegistry meters) {
        this.estimates = estimates;
        this.commands = commands;
        this.compared = Counter.builder("claimline.billing.estimates.bills.compared")
                .description("self-pay encounters' bills compared with a good-faith estimate").register(meters);
    }

    @EventHandler
    void on(EncounterConfirmedEvent event, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        compare(clinicId, event.encounterId(), event.data());
    }

    @EventHandler
    void on(EncounterAmendedEvent event, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        compare(clinicId, event.encounterId(), event.data());
    }

    private void compare(String clinicId, EncounterId encounterId, EncounterData data) {
        if (!data.selfPay()) {
            return;
        }
        estimates.forBill(clinicId, data.patientId(), data.serviceFrom(), encounterId.toString()).ifPresent(id -> {
            commands.sendAndWait(new CompareWithBillCommand(new GoodFaithEstimateId(id), encounterId.toString(),
                    data.totalCharge()));
            compared.increment();
        });
    }
}
