package io.claimline.localstack.faults;

import io.claimline.localstack.LocalPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stack started by {@code ./claimline up}: ports from the same environment variables, processes from its pid
 * files ({@code run/<component>.pid} under {@code CLAIMLINE_HOME}, default {@code .claimline}), PostgreSQL's data
 * in {@code data/postgres}. Whatever was stopped is started again by {@code ./claimline up}, which starts only
 * what is not running and waits until everything is ready.
 */
public final class ClaimlineHome implements Stack {

    private static final Duration STOP_WITHIN = Duration.ofSeconds(60);
    private static final Map<String, String> PORT_VARIABLE = Map.of("patient-service", "CLAIMLINE_PATIENT_PORT",
            "billing-service", "CLAIMLINE_BILLING_PORT", "claims-service", "CLAIMLINE_CLAIMS_PORT",
            "collections-service", "CLAIMLINE_COLLECTIONS_PORT");
    private static final Map<String, Integer> DEFAULT_PORT = Map.of("patient-service", 8081, "billing-service", 8082,
            "claims-service", 8083, "collections-service", 8084);

    private final Path root;
    private final Path home;

    public ClaimlineHome(Path root) {
        this.root = root;
        this.home = Optional.ofNullable(System.getenv("CLAIMLINE_HOME")).map(Path::of)
                .orElse(root.resolve(".claimline"));
    }

    @Override
    public String gatewayUrl() {
        return "http://localhost:" + port("CLAIMLINE_GATEWAY_PORT", 8080);
    }

    @Override
    public String serviceUrl(String service) {
        return "http://localhost:" + port(PORT_VARIABLE.get(service), DEFAULT_PORT.get(service));
    }

    @Override
    public String jdbcUrl(String service) {
        return LocalPostgres.jdbcUrl(port("CLAIMLINE_PG_PORT", 15432), service);
    }

    @Override
    public String kafkaBootstrapServers() {
        return "localhost:" + port("CLAIMLINE_KAFKA_PORT", 19092);
    }

    @Override
    public void kill(String component) {
        ProcessHandle process = process(component);
        process.destroyForcibly();
        awaitGone(process, component);
    }

    @Override
    public void stop(String component) {
        ProcessHandle process = process(component);
        process.destroy();
        awaitGone(process, component);
    }

    @Override
    public void start(String component, Map<String, String> environment) {
        ProcessBuilder up = new ProcessBuilder(root.resolve("claimline").toString(), "up")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/faults-up.log").toFile()));
        up.environment().putAll(environment);
        try {
            int status = up.start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("./claimline up failed starting " + component + "; see "
                        + home.resolve("logs/faults-up.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean awaitExit(String component, Duration timeout) {
        return running(component).map(process -> ended(process, timeout)).orElse(true);
    }

    @Override
    public long pid(String component) {
        return process(component).pid();
    }

    /** Then the launcher ({@code LocalPostgres}) ends by itself, and {@code ./claimline up} starts it again. */
    @Override
    public void stopPostgresImmediately() {
        ProcessHandle launcher = process("postgres");
        try {
            LocalPostgres.stopImmediately(home.resolve("data/postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        awaitGone(launcher, "postgres launcher");
    }

    private ProcessHandle process(String component) {
        return running(component).orElseThrow(() -> new IllegalStateException(component + " is not running"));
    }

    private Optional<ProcessHandle> running(String component) {
        try {
            long pid = Long.parseLong(Files.readString(home.resolve("run/" + component + ".pid")).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            throw new UncheckedIOException(component + " has no pid file; is the stack up?", e);
        }
    }

    private static void awaitGone(ProcessHandle process, String component) {
        if (!ended(process, STOP_WITHIN)) {
            throw new IllegalStateException(component + " did not stop within " + STOP_WITHIN.toSeconds() + " s");
        }
    }

    private static boolean ended(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
