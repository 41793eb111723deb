package io.claimline.localstack.faults;

import static org.awaitility.Awaitility.await;

import io.claimline.localstack.reconcile.Check;
import io.claimline.localstack.reconcile.Discrepancy;
import io.claimline.localstack.reconcile.Reconciliation;
import io.claimline.localstack.reconcile.Report;
import io.claimline.localstack.reconcile.Target;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The end of every fault: a clean reconciliation of the whole stack ({@code ./claimline reconcile}'s
 * {@link Reconciliation}), once it has caught up: N1 for what the fault's clients were acknowledged, N3 read models
 * equal to a replay, N4 every published event in every consumer's inbox once, N5 order, N7 no lag and no dead letters.
 */
final class Reconciled {

    /** How long the stack gets to catch up after a fault: a restarted service replays what it missed. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private Reconciled() {
    }

    static void check(Outcome outcome, Stack stack, List<String> acknowledged) {
        Map<String, String> jdbcUrls = new LinkedHashMap<>();
        Target.SERVICES.forEach(service -> jdbcUrls.put(service, stack.jdbcUrl(service)));
        Target target = Target.of(stack.gatewayUrl(), jdbcUrls, stack.databaseUser(), stack.databasePassword(),
                stack.kafkaBootstrapServers()).acknowledging(acknowledged);
        try {
            // N4 and N7 read databases and Kafka only (no replays): cheap to poll until every consumer and projection
            // has caught up (no lag, every token at the head, every published event in every inbox).
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500))
                    .until(() -> Reconciliation.run(target.checking(Check.N4, Check.N7)).clean());
            outcome.step("caught up: every published event in every inbox, no lag, every token at the head");
        } catch (ConditionTimeoutException e) {
            outcome.step("not caught up within " + CATCH_UP.toSeconds() + " s");
        }
        Report report = Reconciliation.run(target);
        outcome.step(report.summary());
        for (Check check : Check.values()) {
            List<Discrepancy> found = report.of(check);
            outcome.check("reconciliation " + check + " is clean", found.isEmpty(), found.isEmpty()
                    ? report.examined().getOrDefault(check, "nothing examined")
                    : found.stream().limit(5).map(Discrepancy::toString).collect(Collectors.joining("; "))
                            + (found.size() > 5 ? " and " + (found.size() - 5) + " more" : ""));
        }
    }
}
