package io.claimline.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Real PostgreSQL 17 for the local stack, from the binaries zonky ships in a jar: no Docker, no system package.
 * Data stays in the given directory between runs; one database per service is created on first start. Runs
 * until the process is told to stop (SIGTERM), then shuts PostgreSQL down cleanly; ends too (exit status 1) when
 * the server goes away by itself (killed, or stopped with {@code pg_ctl stop -m immediate}), so that
 * {@code ./claimline status} tells the truth and {@code ./claimline up} starts it again on the same data.
 *
 * <p>Usage: {@code LocalPostgres <data-dir> <port>}
 */
public final class LocalPostgres {

    static final List<String> DATABASES = List.of(
            "claimline_patient", "claimline_billing", "claimline_claims", "claimline_collections");
    /** The superuser zonky's initdb creates; it authenticates by trust, so any password will do. */
    public static final String USER = "postgres";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalPostgres <data-dir> <port>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(dataDir.getParent());
        Path binaries = Files.createDirectories(dataDir.getParent().resolve("postgres-binaries"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                // zonky's test default is off: a commit would be acknowledged before its WAL left PostgreSQL's
                // memory, and a crash of the server (the fault suite stops it immediately) could lose acknowledged
                // requests. fsync stays off: the WAL reaches the kernel, which survives a crash of the server.
                .setServerConfig("synchronous_commit", "on")
                .start();
        createDatabases(postgres);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "local-postgres-stop"));
        ProcessHandle server = postmaster(dataDir);
        System.out.println("PostgreSQL ready on port " + port + " with databases " + DATABASES);
        server.onExit().join();
        if (!stopping.get()) {
            System.out.println("PostgreSQL (pid " + server.pid() + ") stopped by itself; the launcher ends too");
            System.exit(1);
        }
    }

    /** A service's database on a server this launcher runs: {@code patient-service} uses {@code claimline_patient}. */
    public static String jdbcUrl(int port, String service) {
        return "jdbc:postgresql://localhost:" + port + "/claimline_" + service.substring(0, service.indexOf('-'));
    }

    /**
     * Stops the server on this data directory the way {@code pg_ctl stop -m immediate} does, by sending its main
     * process SIGQUIT: no checkpoint, connections cut, crash recovery at the next start. Returns once it is gone.
     */
    public static void stopImmediately(Path dataDir) throws IOException, InterruptedException {
        ProcessHandle server = postmaster(dataDir);
        Process kill = new ProcessBuilder("kill", "-QUIT", String.valueOf(server.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("could not signal PostgreSQL (pid " + server.pid() + ")");
        }
        server.onExit().join();
    }

    /** The server's main process, as its data directory names it on the first line of postmaster.pid. */
    static ProcessHandle postmaster(Path dataDir) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        return ProcessHandle.of(pid).orElseThrow(() -> new IOException("PostgreSQL (pid " + pid + ") is not running"));
    }

    static void createDatabases(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("CREATE DATABASE " + database);
            }
        }
    }
}
