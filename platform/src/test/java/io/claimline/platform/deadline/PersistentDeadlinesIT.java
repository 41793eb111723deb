package io.claimline.platform.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.testsupport.TestInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines survive the process: the reminder service (a real JVM on the platform) is killed with kill -9 while
 * its deadline handler runs (held at the event-store append by a table lock this test takes), restarts, and the
 * deadline's effect happens exactly once; a second deadline that fell due while the service was down fires after
 * the restart. The handler's events carry the scheduling clinic and correlation, with the service as actor.
 */
class PersistentDeadlinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final String database = infrastructure.createDatabase("deadlines");
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aDeadlineKilledMidHandlerTakesEffectOnceAndOneDueWhileDownFiresAfterTheRestart() throws Exception {
        // Due times count from when the service schedules them, so a slow start cannot make them fire early.
        Process first = start("first", "held+6000,missed+10000");
        await().atMost(Duration.ofMinutes(2)).until(() -> running(first) && count("SELECT count(*) FROM "
                + "DomainEventEntry WHERE payloadType LIKE '%ReminderScheduledEvent'") == 2);

        try (Connection holder = connect()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("LOCK TABLE DomainEventEntry IN EXCLUSIVE MODE");
            }
            // The handler of 'held' is running: it waits for the lock to append its event.
            await().atMost(Duration.ofSeconds(30)).until(() -> count("""
                    SELECT count(*) FROM pg_locks WHERE NOT granted
                    AND relation = 'domainevententry'::regclass""") > 0);
            assertThat(count("SELECT count(*) FROM scheduled_tasks WHERE picked AND task_name = 'AxonDeadline'"))
                    .isPositive();
            first.destroyForcibly();
            first.waitFor();
            holder.rollback();
        }
        assertThat(fired("held")).as("nothing committed by the killed handler").isZero();
        Instant dueWhileDown = dueAt("missed");
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(dueWhileDown.plusSeconds(1)));
        assertThat(fired("missed")).as("due while the service was down").isZero();

        Process second = start("second", "");

        await().atMost(Duration.ofMinutes(2)).until(() -> running(second) && fired("held") >= 1 && fired("missed") >= 1
                && count("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'") == 0);
        assertThat(fired("held")).as("exactly once").isEqualTo(1);
        assertThat(fired("missed")).as("exactly once").isEqualTo(1);
        JsonNode metaData = firedMetaData("held");
        assertThat(metaData.path("clinicId").asText()).as(metaData.toString()).isEqualTo("clinic-r");
        assertThat(metaData.path("correlationId").asText()).isEqualTo("corr-held");
        assertThat(metaData.path("userId").asText()).isEqualTo("service:reminder-service");
        assertThat(metaData.path("causationId").asText()).isNotBlank().isNotEqualTo("cause-held");
    }

    private Process start(String name, String reminders) throws IOException {
        Path log = Files.createDirectories(Path.of("target", "deadline-logs")).resolve(name + ".log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                ReminderService.class.getName(),
                "--spring.profiles.active=reminder,local",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + infrastructure.user(),
                "--spring.datasource.password=" + infrastructure.password(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--reminders=" + reminders);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        processes.add(process);
        return process;
    }

    /** Fails the wait at once, naming the log, when the service process died on its own. */
    private static boolean running(Process process) {
        if (!process.isAlive()) {
            throw new IllegalStateException("the reminder service exited; see target/deadline-logs");
        }
        return true;
    }

    private long fired(String reminder) throws SQLException {
        return count("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = '" + reminder
                + "' AND payloadType LIKE '%ReminderFiredEvent'");
    }

    private Instant dueAt(String reminder) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT payload FROM DomainEventEntry WHERE "
                        + "aggregateIdentifier = '" + reminder + "' AND payloadType LIKE '%ReminderScheduledEvent'")) {
            rs.next();
            return Instant.parse(JSON.readTree(rs.getBytes(1)).path("dueAt").asText());
        }
    }

    private JsonNode firedMetaData(String reminder) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT metaData FROM DomainEventEntry WHERE "
                        + "aggregateIdentifier = '" + reminder + "' AND payloadType LIKE '%ReminderFiredEvent'")) {
            rs.next();
            return JSON.readTree(rs.getBytes(1));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return -1; // the service has not migrated its schema yet
            }
            throw e;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database, infrastructure.user(), infrastructure.password());
    }
}
