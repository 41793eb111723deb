package io.claimline.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Where tests get real PostgreSQL 17 and a real Kafka broker from, decided once per JVM:
 * <ol>
 *   <li>given from outside: {@code CLAIMLINE_TEST_POSTGRES_URL} (a JDBC URL to a database whose user may create
 *   databases, with {@code CLAIMLINE_TEST_POSTGRES_USER}/{@code _PASSWORD}) and {@code CLAIMLINE_TEST_KAFKA};</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>embedded otherwise: PostgreSQL 17 binaries (zonky) and an in-process KRaft broker.</li>
 * </ol>
 * The same tests run on every path: none is skipped for lack of Docker. All ports are free random ones, so
 * tests never collide with a running local stack.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final String adminJdbcUrl;
    private final String user;
    private final String password;
    private final String kafkaBootstrap;
    private final String source;

    private TestInfrastructure(String adminJdbcUrl, String user, String password, String kafkaBootstrap,
            String source) {
        this.adminJdbcUrl = adminJdbcUrl;
        this.user = user;
        this.password = password;
        this.kafkaBootstrap = kafkaBootstrap;
        this.source = source;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = start();
            System.out.println("Test infrastructure: PostgreSQL and Kafka " + instance.source);
        }
        return instance;
    }

    /** A fresh, empty database for one Spring context or one stack, on the shared server. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return adminJdbcUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    private static TestInfrastructure start() {
        String givenPostgres = System.getenv("CLAIMLINE_TEST_POSTGRES_URL");
        String givenKafka = System.getenv("CLAIMLINE_TEST_KAFKA");
        if ((givenPostgres == null) != (givenKafka == null)) {
            throw new IllegalStateException(
                    "set both CLAIMLINE_TEST_POSTGRES_URL and CLAIMLINE_TEST_KAFKA, or neither");
        }
        if (givenPostgres != null) {
            return new TestInfrastructure(givenPostgres, env("CLAIMLINE_TEST_POSTGRES_USER", "postgres"),
                    env("CLAIMLINE_TEST_POSTGRES_PASSWORD", ""), givenKafka, "given");
        }
        if (dockerAvailable()) {
            return startContainers();
        }
        return startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static TestInfrastructure startContainers() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:17");
        postgres.start();
        KafkaContainer kafka = new KafkaContainer("apache/kafka:3.9.1");
        kafka.start();
        return new TestInfrastructure(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                kafka.getBootstrapServers(), "testcontainers");
    }

    private static TestInfrastructure startEmbedded() {
        try {
            // Under /tmp: when tests run as root, PostgreSQL runs as 'nobody' and must reach its files.
            Path workDir = Files.createTempDirectory("claimline-test-pg");
            workDir.toFile().setExecutable(true, false);
            workDir.toFile().setReadable(true, false);
            workDir.toFile().setWritable(true, false);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions", "3",
                    "group.initial.rebalance.delay.ms", "0"));
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.destroy();
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "claimline-test-infrastructure-stop"));
            return new TestInfrastructure(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                    kafka.getBrokersAsString(), "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
