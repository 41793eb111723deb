package io.claimline.e2e;

import io.claimline.localstack.faults.Databases;
import io.claimline.testsupport.TestInfrastructure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole stack as real processes ({@link ServiceProcesses}) on the shared test PostgreSQL and Kafka, with a
 * fresh database per service. Started once per test JVM and shared by every end-to-end test; stopped when the JVM
 * exits.
 */
final class ClaimlineStack {

    static final List<String> SERVICES = ServiceProcesses.SERVICES;
    private static final Map<String, String> DATABASE_PREFIX = Map.of("patient-service", "patient",
            "billing-service", "billing", "claims-service", "claims", "collections-service", "collections");
    private static ClaimlineStack instance;

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final ServiceProcesses processes;

    private ClaimlineStack() {
        Map<String, String> databases = new LinkedHashMap<>();
        SERVICES.forEach(service -> databases.put(service, infrastructure.createDatabase(DATABASE_PREFIX.get(service))));
        processes = new ServiceProcesses(ServiceProcesses.ROOT.resolve("e2e-tests/target/stack-logs"), databases,
                infrastructure.user(), infrastructure.password(), infrastructure.kafkaBootstrapServers());
    }

    static synchronized ClaimlineStack get() {
        if (instance == null) {
            instance = new ClaimlineStack();
            instance.processes.startAll();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.processes::stopAll, "claimline-stack-stop"));
        }
        return instance;
    }

    String gatewayUrl() {
        return processes.gatewayUrl();
    }

    String serviceUrl(String service) {
        return processes.serviceUrl(service);
    }

    /** The payer simulator's base URL (CAQH CORE real-time: POST /core/realtime). */
    String simulatorUrl() {
        return processes.simulatorUrl();
    }

    String jdbcUrl(String service) {
        return processes.jdbcUrl(service);
    }

    TestInfrastructure infrastructure() {
        return infrastructure;
    }

    /**
     * A count over a service's database with the given ids as the one array parameter; 0 while the service has not
     * migrated its schema yet.
     */
    long count(String service, String sql, List<String> ids) {
        return Databases.count(jdbcUrl(service), infrastructure.user(), infrastructure.password(), sql, ids);
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, whatever was in flight is lost. */
    void killHard(String component) {
        processes.kill(component);
    }

    void restart(String component) {
        processes.start(component, Map.of());
    }
}
