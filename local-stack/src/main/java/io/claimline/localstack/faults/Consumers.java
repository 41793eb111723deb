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
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).until(() -> SERVICES.stream()
                    .allMatch(service -> databases.count(service, INBOX, registered) >= expected));
        } catch (ConditionTimeoutException e) {
            outcome.step("consumers did not catch up within " + CATCH_UP.toSeconds() + " s");
        }
        for (String service : SERVICES) {
            outcome.checkEqual("N4 " + service + " has one inbox row per registration", expected,
                    databases.count(service, INBOX, registered));
        }
        outcome.checkEqual("N4 billing-service opened one account per registration", expected,
                databases.count("billing-service",
                        "SELECT count(*) FROM rm_patient_account WHERE account_id::text = ANY (?)", registered));
        outcome.checkEqual("N4 billing-service stored one account-opened event per registration", expected,
                databases.count("billing-service",
                        "SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?)", registered));
        outcome.checkEqual("N4 claims-service applied each registration once", expected,
                databases.count("claims-service", "SELECT count(*) FROM rm_patient_copy "
                        + "WHERE patient_id::text = ANY (?) AND applied_events = 1", registered));
        outcome.checkEqual("N4 collections-service applied each registration once", expected,
                databases.count("collections-service", "SELECT count(*) FROM rm_watched_patient "
                        + "WHERE patient_id::text = ANY (?) AND applied_events = 1", registered));
    }
}
