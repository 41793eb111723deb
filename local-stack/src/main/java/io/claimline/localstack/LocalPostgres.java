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
import java.util.concurrent.CountDownLatch;

/**
 * Real PostgreSQL 17 for the local stack, from the binaries zonky ships in a jar: no Docker, no system package.
 * Data stays in the given directory between runs; one database per service is created on first start. Runs
 * until the process is told to stop (SIGTERM), then shuts PostgreSQL down cleanly.
 *
 * <p>Usage: {@code LocalPostgres <data-dir> <port>}
 */
public final class LocalPostgres {

    static final List<String> DATABASES = List.of(
            "claimline_patient", "claimline_billing", "claimline_claims", "claimline_collections");

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
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "local-postgres-stop"));
        System.out.println("PostgreSQL ready on port " + port + " with databases " + DATABASES);
        stopped.await();
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
