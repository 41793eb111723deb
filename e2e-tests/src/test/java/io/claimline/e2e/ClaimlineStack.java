package io.claimline.e2e;

import static org.awaitility.Awaitility.await;

import io.claimline.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The whole stack as real processes, started the way {@code ./claimline up} starts it (the same runnable jars,
 * JVM options and environment), on the shared test PostgreSQL and Kafka and on free random ports. Started once
 * per test JVM and shared by every end-to-end test; stopped when the JVM exits.
 */
final class ClaimlineStack {

    static final List<String> SERVICES = List.of("patient-service", "billing-service", "claims-service",
            "collections-service");
    private static final Map<String, String> DATABASE_PREFIX = Map.of("patient-service", "patient",
            "billing-service", "billing", "claims-service", "claims", "collections-service", "collections");
    private static ClaimlineStack instance;

    private final Path root = Path.of(System.getProperty("claimline.repository.root", "..")).toAbsolutePath()
            .normalize();
    private final Path logs = root.resolve("e2e-tests/target/stack-logs");
    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> databases = new LinkedHashMap<>();
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static synchronized ClaimlineStack get() {
        if (instance == null) {
            instance = new ClaimlineStack();
            instance.startAll();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll, "claimline-stack-stop"));
        }
        return instance;
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get("gateway");
    }

    String jdbcUrl(String service) {
        return databases.get(service);
    }

    TestInfrastructure infrastructure() {
        return infrastructure;
    }

    /**
     * A count over a service's database with the given ids as the one array parameter; 0 while the service has not
     * migrated its schema yet.
     */
    long count(String service, String sql, List<String> ids) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(service), infrastructure.user(),
                infrastructure.password());
                var statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return 0;
            }
            throw e;
        }
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, whatever was in flight is lost. */
    void killHard(String component) {
        Process process = processes.remove(component);
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    void restart(String component) {
        start(component);
        awaitHealthy(component);
    }

    private void startAll() {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String service : SERVICES) {
            ports.put(service, freePort());
            databases.put(service, infrastructure.createDatabase(DATABASE_PREFIX.get(service)));
        }
        ports.put("gateway", freePort());
        SERVICES.forEach(this::start);
        start("gateway");
        Stream.concat(SERVICES.stream(), Stream.of("gateway")).forEach(this::awaitHealthy);
    }

    private void start(String component) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.add("-jar");
        command.add(execJar(component).toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(component + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(ports.get(component)));
        env.put("SPRING_PROFILES_ACTIVE", "local"); // development secrets and the built-in authorization server
        env.put("CLAIMLINE_AUTH_ISSUER", gatewayUrl());
        if (component.equals("gateway")) {
            // Tokens stay valid across a restart of the gateway, as in ./claimline.
            env.put("CLAIMLINE_AUTH_SIGNING_KEY_FILE", logs.resolve("gateway-signing-key.json").toString());
            env.put("CLAIMLINE_ROUTES_PATIENTS", serviceUrl("patient-service"));
            env.put("CLAIMLINE_ROUTES_BILLING", serviceUrl("billing-service"));
            env.put("CLAIMLINE_ROUTES_CLAIMS", serviceUrl("claims-service"));
            env.put("CLAIMLINE_ROUTES_COLLECTIONS", serviceUrl("collections-service"));
        } else {
            env.put("SPRING_DATASOURCE_URL", databases.get(component));
            env.put("SPRING_DATASOURCE_USERNAME", infrastructure.user());
            env.put("SPRING_DATASOURCE_PASSWORD", infrastructure.password());
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
            env.put("CLAIMLINE_PHI_VAULT_URL", serviceUrl("patient-service"));
        }
        try {
            processes.put(component, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + component, e);
        }
    }

    private void awaitHealthy(String component) {
        URI readiness = URI.create("http://localhost:" + ports.get(component) + "/actuator/health/readiness");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Process process = processes.get(component);
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(component + " exited; see " + logs.resolve(component + ".log"));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            }
        });
    }

    private void stopAll() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(process -> {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    String serviceUrl(String service) {
        return "http://localhost:" + ports.get(service);
    }

    private List<String> jvmOptions() {
        try {
            return Files.readAllLines(root.resolve("deploy/local/jvm.options")).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path execJar(String module) {
        try (Stream<Path> files = Files.list(root.resolve(module).resolve("target"))) {
            return files.filter(path -> path.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(module + " is not packaged; run ./mvnw package"));
        } catch (IOException e) {
            throw new UncheckedIOException(module + " is not built", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
