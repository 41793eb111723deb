package io.claimline.localstack.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.core.ConditionTimeoutException;

/**
 * PostgreSQL stopped immediately (as {@code pg_ctl stop -m immediate}: no checkpoint, every connection cut) under
 * load, and started again on the same port and data directory. Every service reports DOWN on
 * {@code /actuator/health} (it includes the database; readiness and liveness do not), then recovers without a
 * restart: same processes, registrations succeed again, nothing acknowledged is lost (crash recovery replays
 * the WAL of every commit).
 */
public final class PostgresOutage extends Fault {

    private static final Duration REPORTED_WITHIN = Duration.ofSeconds(90);
    private final Map<String, Long> pids = new HashMap<>();

    public PostgresOutage(Stack stack) {
        super(stack);
    }

    @Override
    public String name() {
        return "PostgreSQL stopped immediately under load and started again";
    }

    @Override
    void inject(Outcome outcome, Load load) {
        Stack.SERVICES.forEach(service -> pids.put(service, stack.pid(service)));
        load.awaitAcknowledged(PROGRESS);
        stack.stopPostgresImmediately();
        outcome.step("stopped PostgreSQL immediately after " + load.acknowledged() + " acknowledged");
        awaitHealth(outcome, 503, "DOWN");
        stack.start("postgres");
        outcome.step("started PostgreSQL again (same port, same data directory)");
        awaitHealth(outcome, 200, "UP");
    }

    @Override
    void verify(Outcome outcome) {
        for (String service : Stack.SERVICES) {
            outcome.check(service + " recovered without a restart", stack.pid(service) == pids.get(service),
                    "pid " + pids.get(service) + " -> " + stack.pid(service));
        }
    }

    /** Asks the four services at once: a health check may itself wait for a database connection. */
    private void awaitHealth(Outcome outcome, int status, String state) {
        ExecutorService askers = Executors.newFixedThreadPool(Stack.SERVICES.size());
        try {
            Map<String, Future<Boolean>> reports = new LinkedHashMap<>();
            Stack.SERVICES.forEach(service -> reports.put(service, askers.submit(() -> reports(service, status))));
            for (Map.Entry<String, Future<Boolean>> report : reports.entrySet()) {
                boolean reported = report.getValue().get();
                outcome.check(report.getKey() + " reports " + state + " on /actuator/health", reported,
                        reported ? "HTTP " + status : "not within " + REPORTED_WITHIN.toSeconds() + " s");
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            askers.shutdownNow();
        }
        outcome.step("every service reported " + state);
    }

    private boolean reports(String service, int status) {
        try {
            await().atMost(REPORTED_WITHIN).pollInterval(Duration.ofMillis(250))
                    .until(() -> Actuator.health(stack.serviceUrl(service)) == status);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
