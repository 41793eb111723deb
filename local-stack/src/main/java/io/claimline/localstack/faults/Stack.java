package io.claimline.localstack.faults;

import io.claimline.localstack.LocalPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A running Claimline stack, as the faults need it: where its parts answer, and how to kill, stop and start them.
 * Components are the four services, {@code gateway} and {@code kafka}, which can be killed, stopped and started,
 * and {@code postgres}, which is stopped immediately and started. Two kinds exist: the
 * end-to-end tests' fault stack (child processes of the test) and a stack started by {@code ./claimline up}
 * ({@link ClaimlineHome}).
 */
public interface Stack {

    List<String> SERVICES = List.of("patient-service", "billing-service", "claims-service", "collections-service");

    String gatewayUrl();

    String serviceUrl(String service);

    /** The JDBC URL of a service's own database. */
    String jdbcUrl(String service);

    /** Both kinds run PostgreSQL with {@link LocalPostgres}: its superuser, by trust. */
    default String databaseUser() {
        return LocalPostgres.USER;
    }

    default String databasePassword() {
        return LocalPostgres.USER;
    }

    String kafkaBootstrapServers();

    /** {@code kill -9}: no shutdown hook, no graceful stop, whatever was in flight is lost. Returns once it is gone. */
    void kill(String component);

    /** A graceful stop (SIGTERM), as an operator stops a component. Returns once it is gone. */
    void stop(String component);

    /**
     * Starts a stopped component with extra environment variables, on the same port and data as before, and returns
     * once it is ready (a service or the gateway: its readiness is UP).
     */
    void start(String component, Map<String, String> environment);

    default void start(String component) {
        start(component, Map.of());
    }

    /** Waits until a component ends by itself (a halt it was told to make); false if it still runs after the wait. */
    boolean awaitExit(String component, Duration timeout);

    /** The process id of a running component, to tell a recovery from a restart. */
    long pid(String component);

    /** PostgreSQL stopped the way {@code pg_ctl stop -m immediate} stops it; returns once it is gone. */
    void stopPostgresImmediately();
}
