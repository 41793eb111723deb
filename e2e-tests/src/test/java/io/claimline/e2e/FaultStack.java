package io.claimline.e2e;

import static org.awaitility.Awaitility.await;

import io.claimline.localstack.LocalPostgres;
import io.claimline.localstack.faults.Stack;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A stack of its own for the fault suite: PostgreSQL and Kafka as processes of their own, started as
 * {@code ./claimline} starts them ({@code LocalPostgres} and {@code kafka.Kafka} from local-stack's build, with
 * deploy/local/kafka.properties), so that the faults can stop and start them; data under
 * {@code e2e-tests/target/fault-stack}, fresh for each run; free random ports, kept across restarts. The services
 * and the gateway are {@link ServiceProcesses}, as in {@link ClaimlineStack}.
 */
final class FaultStack implements Stack {

    private static final String KAFKA_CLUSTER_ID = "UdLD6SWQSKmrmc1RioFoKg";
    private static final Path LOCAL_STACK = ServiceProcesses.ROOT.resolve("local-stack/target");
    private static FaultStack instance;

    private final Path home = ServiceProcesses.ROOT.resolve("e2e-tests/target/fault-stack");
    private final Path logs = home.resolve("logs");
    private final Path postgresData = home.resolve("data/postgres");
    private final Path kafkaConfig = home.resolve("kafka.properties");
    private final int postgresPort = ServiceProcesses.freePort();
    private final int kafkaPort = ServiceProcesses.freePort();
    private final ServiceProcesses services;
    private Process postgres;
    private Process kafka;

    private FaultStack() {
        Map<String, String> databases = new LinkedHashMap<>();
        SERVICES.forEach(service -> databases.put(service, LocalPostgres.jdbcUrl(postgresPort, service)));
        services = new ServiceProcesses(logs, databases, databaseUser(), databasePassword(), kafkaBootstrapServers());
    }

    /** Started at the first call; stopped by {@link #release()} or when the JVM exits. */
    static synchronized FaultStack get() {
        if (instance == null) {
            instance = new FaultStack();
            instance.startAll();
            Runtime.getRuntime().addShutdownHook(new Thread(FaultStack::release, "fault-stack-stop"));
        }
        return instance;
    }

    /** Stops the stack, if it runs: its seven processes need not idle beside the other end-to-end tests. */
    static synchronized void release() {
        if (instance != null) {
            instance.stopAll();
            instance = null;
        }
    }

    @Override
    public String gatewayUrl() {
        return services.gatewayUrl();
    }

    @Override
    public String serviceUrl(String service) {
        return services.serviceUrl(service);
    }

    @Override
    public String jdbcUrl(String service) {
        return services.jdbcUrl(service);
    }

    @Override
    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    @Override
    public void kill(String component) {
        if (component.equals("kafka")) {
            end(kafka.destroyForcibly());
        } else {
            services.kill(component);
        }
    }

    @Override
    public void stop(String component) {
        if (component.equals("kafka")) {
            kafka.destroy();
            end(kafka);
        } else {
            services.stop(component);
        }
    }

    @Override
    public void start(String component, Map<String, String> environment) {
        switch (component) {
            case "postgres" -> startPostgres();
            case "kafka" -> startKafka();
            default -> services.start(component, environment);
        }
    }

    @Override
    public boolean awaitExit(String component, Duration timeout) {
        return services.awaitExit(component, timeout);
    }

    @Override
    public long pid(String component) {
        return services.pid(component);
    }

    /** LocalPostgres ends by itself once its server is gone. */
    @Override
    public void stopPostgresImmediately() {
        try {
            LocalPostgres.stopImmediately(postgresData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        end(postgres);
    }

    private void startAll() {
        try {
            deleteRecursively(home.resolve("data/postgres"));
            deleteRecursively(home.resolve("data/kafka"));
            Files.createDirectories(logs);
            Files.createDirectories(home.resolve("data/kafka"));
            int controllerPort = ServiceProcesses.freePort();
            Files.writeString(kafkaConfig, Files.readString(ServiceProcesses.ROOT.resolve("deploy/local/kafka.properties"))
                    .replace("@PORT@", String.valueOf(kafkaPort))
                    .replace("@CONTROLLER_PORT@", String.valueOf(controllerPort))
                    .replace("@LOG_DIR@", home.resolve("data/kafka").toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startPostgres();
        formatKafkaStorage();
        startKafka();
        services.startAll();
    }

    private void startPostgres() {
        postgres = launch("postgres", "-Xmx128m", LocalPostgres.class.getName(), postgresData.toString(),
                String.valueOf(postgresPort));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> alive(postgres, "postgres") && log("postgres").contains("PostgreSQL ready"));
    }

    private void formatKafkaStorage() {
        Process format = launch("kafka-format", "-Xmx256m", "kafka.tools.StorageTool", "format", "-t",
                KAFKA_CLUSTER_ID, "-c", kafkaConfig.toString(), "--ignore-formatted");
        await().atMost(Duration.ofMinutes(2)).until(() -> !format.isAlive());
        if (format.exitValue() != 0) {
            throw new IllegalStateException("could not format Kafka storage; see " + logs.resolve("kafka-format.log"));
        }
    }

    private void startKafka() {
        kafka = launch("kafka", "-Xmx512m", "kafka.Kafka", kafkaConfig.toString());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> alive(kafka, "kafka") && accepts(kafkaPort));
    }

    /** A java process on local-stack's classpath, as ./claimline runs PostgreSQL and Kafka; its log starts afresh. */
    private Process launch(String name, String heap, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-XX:+UseSerialGC",
                "-cp", LOCAL_STACK.resolve("classes") + File.pathSeparator + classpath(), mainClass));
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve(name + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private void stopAll() {
        services.stopAll();
        Stream.of(kafka, postgres).filter(process -> process != null && process.isAlive()).forEach(process -> {
            process.destroy();
            end(process);
        });
    }

    private String log(String name) throws IOException {
        return Files.readString(logs.resolve(name + ".log"));
    }

    private boolean alive(Process process, String name) {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited; see " + logs.resolve(name + ".log"));
        }
        return true;
    }

    private static void end(Process process) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String classpath() {
        try {
            return Files.readString(LOCAL_STACK.resolve("runtime.classpath")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("local-stack is not built (no runtime.classpath)", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
