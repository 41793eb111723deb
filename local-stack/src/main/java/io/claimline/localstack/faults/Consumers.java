package io.claimline.localstack.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/** billing, claims and collections, each applying patient events from Kafka: N4 after a fault. */
final class Consumers {

    static final String TOPIC = "patients.patient-events.v1";
    static final List<String> SERVICES = List.of("billing-service", "claims-service", "collections-service");
    private static final String INBOX = "SELECT count(*) FROM integration_inbox WHERE aggregate_id = ANY (?)";
    /** How long consumers get to catch up after a fault: a restarted service replays what it missed. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    /** What every registration leaves in each consumer's database, once. */
    private static final List<Expectation> EXPECTATIONS = List.of(
            new Expectation("N4 billing-service has one inbox row per registration", "billing-service", INBOX),
            new Expectation("N4 claims-service has one inbox row per registration", "claims-service", INBOX),
            new Expectation("N4 collections-service has one inbox row per registration", "collections-service",
                    INBOX),
            new Expectation("N4 billing-service stored one account-opened event per registration", "billing-service",
                    "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?)"),
            new Expectation("N4 billing-service shows one account per registration", "billing-service",
                    "SELECT count(*) FROM rm_patient_account WHERE account_id::text = ANY (?)"),
            new Expectation("N4 claims-service applied each registration once", "claims-service",
                    "SELECT count(*) FROM rm_patient_copy WHERE patient_id::text = ANY (?) AND applied_events = 1"),
            new Expectation("N4 collections-service applied each registration once", "collections-service",
                    "SELECT count(*) FROM rm_watched_patient WHERE patient_id::text = ANY (?) AND applied_events = 1"));

    private final Databases databases;

    Consumers(Databases databases) {
        this.databases = databases;
    }

    /**
     * N4: every registration reaches every consumer and is applied there once: one inbox row each, one account
     * (one account-opened event) in billing, one patient copy and one watched patient applied once.
     */
    void check(Outcome outcome, List<String> registered) {
        long expected = registered.size();
        try {
            // billing's account read model follows its own event store, after the inbox: wait for all of them.
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250))
                    .until(() -> EXPECTATIONS.stream().allMatch(e -> count(e, registered) >= expected));
        } catch (ConditionTimeoutException e) {
            outcome.step("consumers did not catch up within " + CATCH_UP.toSeconds() + " s");
        }
        EXPECTATIONS.forEach(e -> outcome.checkEqual(e.promise(), expected, count(e, registered)));
    }

    private long count(Expectation expectation, List<String> registered) {
        return databases.count(expectation.service(), expectation.sql(), registered);
    }

    /** One count per registration, in one service's database. */
    private record Expectation(String promise, String service, String sql) {
    }
}
