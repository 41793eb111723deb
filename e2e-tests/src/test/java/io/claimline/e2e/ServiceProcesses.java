package io.claimline.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The payer simulator, the four services and the gateway as real processes, started the way {@code ./claimline up} starts them (the same
 * runnable jars, JVM options and environment) on free random ports, against the databases and broker given. What
 * {@link ClaimlineStack} and {@link FaultStack} share.
 */
final class ServiceProcesses {

    static final List<String> SERVICES = List.of("patient-service", "billing-service", "claims-service",
            "collections-service");
    /** The payer/clearinghouse simulator (CAQH CORE real-time eligibility); patient-service's clearinghouse. */
    static final String SIMULATOR = "payer-simulator";
    private static final String SFTP = "payer-simulator-sftp";
    static final Path ROOT = Path.of(System.getProperty("claimline.repository.root", "..")).toAbsolutePath()
            .normalize();

    private final Path logs;
    private final Map<String, String> databases;
    private final String user;
    private final String password;
    private final String kafkaBootstrapServers;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Path clearinghouseRoot;
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code databases}: each service's JDBC URL. */
    ServiceProcesses(Path logs, Map<String, String> databases, String user, String password,
            String kafkaBootstrapServers) {
        this.logs = logs;
        this.databases = Map.copyOf(databases);
        this.user = user;
        this.password = password;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        SERVICES.forEach(service -> ports.put(service, freePort()));
        ports.put("gateway", freePort());
        ports.put(SIMULATOR, freePort());
        ports.put(SFTP, freePort());
        try {
            clearinghouseRoot = Files.createTempDirectory("claimline-clearinghouse");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The simulator's SFTP clearinghouse port (claims-service's 837P drop). */
    int sftpPort() {
        return ports.get(SFTP);
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get("gateway");
    }

    String simulatorUrl() {
        return "http://localhost:" + ports.get(SIMULATOR);
    }

    String serviceUrl(String service) {
        return "http://localhost:" + ports.get(service);
    }

    String jdbcUrl(String service) {
        return databases.get(service);
    }

    /** Starts the simulator, the services, then the gateway, and returns once all are ready. */
    void startAll() {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launch(SIMULATOR, Map.of());
        SERVICES.forEach(service -> launch(service, Map.of()));
        launch("gateway", Map.of());
        Stream.concat(Stream.of(SIMULATOR), Stream.concat(SERVICES.stream(), Stream.of("gateway")))
                .forEach(this::awaitReady);
    }

    /** Starts one stopped component with extra environment variables; returns once it is ready. */
    void start(String component, Map<String, String> environment) {
        launch(component, environment);
        awaitReady(component);
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, whatever was in flight is lost. */
    void kill(String component) {
        end(component, processes.get(component).destroyForcibly());
    }

    /** SIGTERM: the graceful stop an operator makes. */
    void stop(String component) {
        Process process = processes.get(component);
        process.destroy();
        end(component, process);
    }

    /** Waits for a component to end by itself; true once it has. */
    boolean awaitExit(String component, Duration timeout) {
        Process process = processes.get(component);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        processes.remove(component);
        return true;
    }

    long pid(String component) {
        return processes.get(component).pid();
    }

    /** Everything, gracefully (SIGTERM), killed after 30 s. */
    void stopAll() {
        List<Process> running = new ArrayList<>(processes.values());
        running.forEach(Process::destroy);
        running.forEach(process -> {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        processes.clear();
    }

    private void end(String component, Process process) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
        processes.remove(component);
    }

    private void launch(String component, Map<String, String> environment) {
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
        } else if (component.equals(SIMULATOR)) { // no database, no broker: its ports and its clearinghouse files
            env.put("CLAIMLINE_SIMULATOR_CLEARINGHOUSE_SFTPPORT", String.valueOf(sftpPort()));
            // Fresh per stack, like its databases: interchange control numbers start again with them.
            env.put("CLAIMLINE_SIMULATOR_CLEARINGHOUSE_ROOT", clearinghouseRoot.toString());
            env.put("CLAIMLINE_SIMULATOR_CLEARINGHOUSE_HOSTKEY", logs.resolve("clearinghouse-host-key.pem").toString());
        } else {
            env.put("SPRING_DATASOURCE_URL", databases.get(component));
            env.put("SPRING_DATASOURCE_USERNAME", user);
            env.put("SPRING_DATASOURCE_PASSWORD", password);
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
            env.put("CLAIMLINE_PHI_VAULT_URL", serviceUrl("patient-service"));
            env.put("CLAIMLINE_CLEARINGHOUSE_URL", simulatorUrl());
            env.put("CLAIMLINE_CLAIMS_CLEARINGHOUSE_SFTP_PORT", String.valueOf(sftpPort()));
        }
        env.putAll(environment);
        try {
            processes.put(component, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + component, e);
        }
    }

    private void awaitReady(String component) {
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

    private static List<String> jvmOptions() {
        try {
            return Files.readAllLines(ROOT.resolve("deploy/local/jvm.options")).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path execJar(String module) {
        try (Stream<Path> files = Files.list(ROOT.resolve(module).resolve("target"))) {
            return files.filter(path -> path.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(module + " is not packaged; run ./mvnw package"));
        } catch (IOException e) {
            throw new UncheckedIOException(module + " is not built", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
