package io.claimline.billing.account.integration;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.PostEncounterChargesCommand;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.ReverseEncounterChargesCommand;
import io.claimline.billing.account.query.CoverageCopies;
import io.claimline.billing.account.query.CoverageCopy;
import io.claimline.billing.encounter.api.EncounterAmendedEvent;
import io.claimline.billing.encounter.api.EncounterConfirmedEvent;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterId;
import io.claimline.billing.encounter.api.EncounterVoidedEvent;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Confirmed charges post to the ledger: a confirmed encounter's lines are charged to the account responsible for
 * the patient at that moment (a later change of guarantor moves future charges, not these), owed by the payer
 * billed (the patient when self-pay), the plan's copay moved to the patient; an amendment re-states the lines on
 * the same account, a void reverses them. A side effect (commands), so never replayed; each command is idempotent
 * on its source (encounter and revision) besides.
 */
@Component
@ProcessingGroup(EncounterCharges.PROCESSING_GROUP)
@DisallowReplay
class EncounterCharges {

    static final String PROCESSING_GROUP = "ledger-charges";

    private final CommandGateway commands;
    private final AccountRouting routing;
    private final CoverageCopies coverages;
    private final JdbcTemplate jdbc;
    private final Counter posted;

    EncounterCharges(CommandGateway commands, AccountRouting routing, CoverageCopies coverages, JdbcTemplate jdbc,
            MeterRegistry meters) {
        this.commands = commands;
        this.routing = routing;
        this.coverages = coverages;
        this.jdbc = jdbc;
        this.posted = Counter.builder("claimline.billing.ledger.encounters.charged")
                .description("confirmed encounter revisions charged to guarantor accounts").register(meters);
    }

    @EventHandler
    void on(EncounterConfirmedEvent event, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        charge(clinicId, event.encounterId(), 1, event.data());
    }

    @EventHandler
    void on(EncounterAmendedEvent event, @MetaDataValue(MetaDataKeys.CLINIC_ID) String clinicId) {
        charge(clinicId, event.encounterId(), event.revision(), event.data());
    }

    @EventHandler
    void on(EncounterVoidedEvent event) {
        accountOf(event.encounterId()).ifPresent(account -> commands.sendAndWait(new ReverseEncounterChargesCommand(
                account, "encounter:" + event.encounterId() + ":void", event.encounterId().value(),
                "encounter voided")));
    }

    private void charge(String clinicId, EncounterId encounterId, int revision, EncounterData data) {
        AccountId account = accountOf(encounterId).orElseGet(() -> {
            AccountId now = routing.live(routing.responsibleFor(data.patientId().toString())
                    .orElse(AccountId.ofPatient(data.patientId().toString())));
            jdbc.update("INSERT INTO ledger_encounter_account (encounter_id, clinic_id, account_id) VALUES (?, ?, ?)",
                    encounterId.value(), clinicId, now.value());
            return now;
        });
        Responsibility billedTo = data.selfPay() ? Responsibility.PATIENT : Responsibility.payer(data.payerId());
        commands.sendAndWait(new PostEncounterChargesCommand(account, "encounter:" + encounterId + ":r" + revision,
                encounterId.value(), data.patientId(), billedTo,
                data.lines().stream().map(line -> new PostEncounterChargesCommand.ChargeLine(line.lineId(),
                        line.serviceDate(), line.procedureCode(), line.modifiers(), line.charge())).toList(),
                data.selfPay() ? null : copay(clinicId, data)));
        posted.increment();
    }

    /** The plan's copay per visit, when the coverage's benefits name one. */
    private Money copay(String clinicId, EncounterData data) {
        return coverages.find(data.patientId(), data.coverageId(), clinicId).map(CoverageCopy::benefits)
                .map(CoverageCopy.Benefits::copay).filter(copay -> copay.compareTo(BigDecimal.ZERO) > 0)
                .map(copay -> new Money(copay, Money.USD)).orElse(null);
    }

    /** Where the encounter's charges went: an amendment or a void follows them there, whoever pays now. */
    private Optional<AccountId> accountOf(EncounterId encounterId) {
        return jdbc.queryForList("SELECT account_id FROM ledger_encounter_account WHERE encounter_id = ?", UUID.class,
                encounterId.value()).stream().findFirst().map(account -> routing.live(new AccountId(account)));
    }
}
