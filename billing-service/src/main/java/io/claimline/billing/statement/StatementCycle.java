package io.claimline.billing.statement;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.IssueStatementCommand;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.StateConflictException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement cycle: every {@code run-every}, each account of any clinic whose patient balance is above zero and
 * whose last statement is at least {@code cycle} old (or that never had one) is issued a statement. The account
 * itself refuses one inside the minimum interval, so a cycle run and a biller's request cannot both send one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatementSettings.class)
public class StatementCycle {

    static final String TASK = "billing-statement-cycle";
    private static final Logger LOG = LoggerFactory.getLogger(StatementCycle.class);
    private static final String ACTOR = "service:billing-service:statement-cycle";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final StatementSettings settings;
    private final Clock clock;
    private final Counter issued;
    private final Counter refused;

    StatementCycle(JdbcTemplate jdbc, CommandGateway commands, StatementSettings settings, Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
        this.issued = meters.counter("claimline.billing.statements.issued", "by", "cycle");
        this.refused = meters.counter("claimline.billing.statements.cycle.refused");
    }

    @Bean
    Task<Void> statementCycleTask() {
        return Tasks.recurring(TASK, FixedDelay.of(settings.runEvery())).execute((instance, context) -> run(null));
    }

    /** One run, for all clinics ({@code clinicId} null) or one; answers how many statements it issued. */
    public int run(String clinicId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastBefore = today.minus(settings.cycle());
        List<Due> due = jdbc.query("""
                SELECT b.account_id, b.clinic_id FROM rm_account_balance b
                JOIN rm_patient_account a ON a.account_id = b.account_id AND a.merged_into IS NULL
                WHERE b.responsibility = 'PATIENT' AND b.balance > 0 AND (?::text IS NULL OR b.clinic_id = ?)
                  AND NOT EXISTS (SELECT 1 FROM rm_statement s WHERE s.account_id = b.account_id AND s.issued_on > ?)
                ORDER BY b.clinic_id, b.account_id""",
                (rs, n) -> new Due(rs.getObject("account_id", UUID.class), rs.getString("clinic_id")),
                clinicId, clinicId, lastBefore);
        int count = 0;
        // One run is one cause: its commands carry the run's id as correlation and causation (platform metadata).
        String runId = "statement-cycle:" + UUID.randomUUID();
        for (Due account : due) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new IssueStatementCommand(
                        new AccountId(account.accountId()), UUID.randomUUID(), today, today.plus(settings.dueIn()),
                        settings.minimumInterval(), false)).andMetaData(MetaData.with(MetaDataKeys.CLINIC_ID,
                        account.clinicId()).and(MetaDataKeys.USER_ID, ACTOR).and(MetaDataKeys.CORRELATION_ID, runId)
                        .and(MetaDataKeys.CAUSATION_ID, runId)));
                issued.increment();
                count++;
            } catch (StateConflictException notDue) {
                // The unapplied credit covers the balance, or a statement went out moments ago: nothing to send.
                refused.increment();
                LOG.debug("statement not issued for account {}: {}", account.accountId(), notDue.getMessage());
            }
        }
        return count;
    }

    private record Due(UUID accountId, String clinicId) {
    }
}
