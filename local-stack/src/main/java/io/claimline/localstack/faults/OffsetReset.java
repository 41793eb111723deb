package io.claimline.localstack.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * billing-service's consumer group moved back to the beginning of the patient topic while the service is stopped
 * (Kafka's Admin API, as {@code kafka-consumer-groups.sh --reset-offsets --to-earliest}): on restart it receives
 * every record again. The inbox counts each one it had applied as a duplicate and applies nothing twice; the
 * accounts it had opened are unchanged.
 */
public final class OffsetReset extends Fault {

    private static final String SERVICE = "billing-service";
    private static final String GROUP = "billing-service";
    /** Accounts and their events, as one checksum: a second application would add an event or change a row. */
    private static final String ACCOUNTS = "SELECT md5(coalesce(string_agg(a.account_id || ':' || a.balance || ':' "
            + "|| a.version || ':' || (SELECT count(*) FROM DomainEventEntry e WHERE e.aggregateIdentifier = "
            + "a.account_id::text), ',' ORDER BY a.account_id), '')) FROM rm_patient_account a "
            + "WHERE a.account_id::text = ANY (?)";

    private List<String> accountsBefore;
    private String checksumBefore;
    private long replayed;

    public OffsetReset(Stack stack) {
        super(stack);
    }

    @Override
    public String name() {
        return "billing-service's consumer offsets reset to the beginning";
    }

    @Override
    void inject(Outcome outcome, Load load) {
        load.awaitAcknowledged(PROGRESS);
        stack.stop(SERVICE);
        outcome.step("stopped " + SERVICE + " (its consumer left the group)");
        accountsBefore = databases.column(SERVICE, "SELECT account_id::text FROM rm_patient_account");
        checksumBefore = databases.text(SERVICE, ACCOUNTS, accountsBefore);
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            replayed = groups.consumed(GROUP, Consumers.TOPIC);
            groups.resetToEarliest(GROUP, Consumers.TOPIC);
        }
        outcome.step("reset group " + GROUP + " to the earliest offsets: " + replayed + " consumed records to come again");
        stack.start(SERVICE);
        outcome.step(SERVICE + " restarted and ready");
    }

    @Override
    void verify(Outcome outcome) {
        try (ConsumerGroups groups = new ConsumerGroups(stack.kafkaBootstrapServers())) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> groups.lag(GROUP, Consumers.TOPIC) == 0);
        }
        double duplicates = Actuator.counter(stack.serviceUrl(SERVICE), "claimline_integration_duplicates_total",
                Consumers.TOPIC);
        double ignored = Actuator.counter(stack.serviceUrl(SERVICE), "claimline_integration_ignored_total",
                Consumers.TOPIC);
        outcome.check("N4 every record consumed before the reset came again and was counted, not applied",
                duplicates + ignored >= replayed, (long) duplicates + " duplicates and " + (long) ignored
                        + " ignored since the restart, for " + replayed + " records replayed");
        outcome.check("N4 the accounts opened before the reset are unchanged (rows and events)",
                checksumBefore.equals(databases.text(SERVICE, ACCOUNTS, accountsBefore)),
                accountsBefore.size() + " accounts compared");
    }
}
