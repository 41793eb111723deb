package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    private static final String PATIENT = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3";

    @TempDir Path dir;

    @Test
    void readsTheTargetFromItsOptionsAndPasswordsFromTheEnvironment() throws Exception {
        Path log = Files.writeString(dir.resolve("acknowledged.log"), PATIENT + "\n\n" + PATIENT.toUpperCase() + "\n");

        Target target = ReconcileCommand.parse(args("--acknowledged", log.toString(), "--expect-poison", "e-9",
                "--auditor", "auditor-3"), Map.of("CLAIMLINE_DB_PASSWORD", "db-secret",
                "CLAIMLINE_AUDITOR_PASSWORD", "au-secret"));

        assertThat(target.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(target.jdbcUrls()).containsEntry("claims-service", "jdbc:postgresql://localhost:15432/c");
        assertThat(target.dbPassword()).isEqualTo("db-secret");
        assertThat(target.acknowledgedPatientIds()).containsExactly(PATIENT);
        assertThat(target.expectedPoison()).containsExactly("e-9");
        assertThat(target.auditors()).containsExactly(new Target.Auditor("auditor-3", "au-secret"));
        assertThat(target.checks()).containsExactlyInAnyOrder(Check.values());
    }

    @Test
    void withoutAuditorsTheSeededOnesOfBothClinicsReconcile() throws Exception {
        assertThat(ReconcileCommand.parse(args(), Map.of()).auditors()).isEqualTo(Target.SEEDED_AUDITORS);
    }

    @Test
    void aLineOfTheAcknowledgedLogThatIsNoPatientIdIsRefusedWithoutEchoingIt() throws Exception {
        Path log = Files.writeString(dir.resolve("acknowledged.log"), PATIENT + "\nAda Lovelace 1815-12-10\n");

        assertThatThrownBy(() -> ReconcileCommand.parse(args("--acknowledged", log.toString()), Map.of()))
                .isInstanceOf(ReconcileCommand.UsageException.class)
                .hasMessageContaining("line 2 of")
                .hasMessageNotContaining("Lovelace");
    }

    @Test
    void aMissingDatabaseIsAUsageErrorWithExitStatusTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ReconcileCommand.run(new String[] {"--gateway", "http://localhost:8080", "--kafka", "k:1"},
                Map.of(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a --db for each of").contains("usage:");
    }

    private static String[] args(String... more) {
        List<String> args = new ArrayList<>(List.of("--gateway", "http://localhost:8080/", "--kafka", "localhost:19092",
                "--db", "patient-service=jdbc:postgresql://localhost:15432/p",
                "--db", "billing-service=jdbc:postgresql://localhost:15432/b",
                "--db", "claims-service=jdbc:postgresql://localhost:15432/c",
                "--db", "collections-service=jdbc:postgresql://localhost:15432/k"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
