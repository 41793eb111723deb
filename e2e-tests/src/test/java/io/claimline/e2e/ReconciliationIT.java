package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.localstack.reconcile.Check;
import io.claimline.localstack.reconcile.Discrepancy;
import io.claimline.localstack.reconcile.ReconcileCommand;
import io.claimline.localstack.reconcile.Reconciliation;
import io.claimline.localstack.reconcile.Report;
import io.claimline.localstack.reconcile.Target;
import io.claimline.localstack.seed.Gateway;
import io.claimline.localstack.seed.SeedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation ({@code ./claimline reconcile}) on the shared stack: clean once the consumers have caught up,
 * and each kind of discrepancy, seeded straight into a service's database, is reported under its check. Seeds touch
 * only this test's own patients or rows nothing else reads, and each is undone in a finally, so the stack is left as
 * it was for the other end-to-end tests.
 */
class ReconciliationIT {

    private static final String FAMILY_NAME = "Reconcilewell";
    private static ClaimlineStack stack;
    private static Target target;
    private static final List<String> patients = new ArrayList<>();
    private static String corrected;
    /** A patient whose guarantor is a person (not a patient) and who has a coverage. */
    private static String guaranteed;
    private static String guarantor;
    private static String coverage;
    /** A duplicate merged into its survivor. */
    private static String duplicate;
    private static String survivor;
    /** A self-pay encounter of the survivor, confirmed by its provider (billing.encounter-events.v1). */
    private static String encounter;

    @TempDir Path dir;

    @BeforeAll
    static void registerPatientsAndCorrectOneUntilEveryConsumerHasThem() throws Exception {
        stack = ClaimlineStack.get();
        GatewayClient clinic = GatewayClient.clinicSystem(stack.gatewayUrl(), "clinic-system", "clinic-system-secret");
        for (int i = 0; i < 3; i++) {
            GatewayClient.Response registered = clinic.postJson("/api/patients", body("Ada"));
            assertThat(registered.status()).isEqualTo(201);
            patients.add(registered.json().get("patientId").asText());
        }
        corrected = patients.get(0);
        HttpResponse<String> correction = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.gatewayUrl() + "/api/patients/" + corrected + "/demographics"))
                .header("Authorization", "Bearer " + clinic.token()).header("Content-Type", "application/json")
                .header("If-Match", "\"0\"").PUT(HttpRequest.BodyPublishers.ofString(body("Augusta"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(correction.statusCode()).isEqualTo(204);
        issueEightDomain(clinic);
        encounter = issueNineDomain();

        Map<String, String> databases = new LinkedHashMap<>();
        ClaimlineStack.SERVICES.forEach(service -> databases.put(service, stack.jdbcUrl(service)));
        target = Target.of(stack.gatewayUrl(), databases, stack.infrastructure().user(),
                stack.infrastructure().password(), stack.infrastructure().kafkaBootstrapServers())
                .acknowledging(patients);
        // N4 and N7 read databases and Kafka only (no replays), so they are cheap to poll until everything arrived.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Report settled = Reconciliation.run(target.checking(Check.N4, Check.N7, Check.COVERAGES, Check.MERGES,
                    Check.GUARANTORS, Check.ENCOUNTERS));
            assertThat(settled.discrepancies()).as(settled.summary()).isEmpty();
        });
    }

    /**
     * What issue 8 added, on every topic: a practice setup (billing.practice-events.v1), a payer
     * (patients.payer-events.v1), a patient with a person as guarantor and a coverage, and a duplicate merged into
     * its survivor (patients.patient-events.v1). Written through the gateway like a client; the practice and the payer
     * under stable Idempotency-Keys, so a run on a stack that has them already adds nothing.
     */
    private static void issueEightDomain(GatewayClient clinic) throws Exception {
        Gateway gateway = new Gateway(stack.gatewayUrl(), "password");
        String run = UUID.randomUUID().toString();
        Optional<String> practiceVersion = gateway.get("admin", "/api/billing/practice?asOf=2026-01-01").eTag();
        Gateway.Answer practice = gateway.write("admin", new SeedRequest("PUT", "/api/billing/practice/clinic-profile",
                "demo-seed:practice:clinic-profile", """
                {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC",
                 "billingNpi": "1045678905", "taxId": "12-3456789", "taxonomy": "207Q00000X",
                 "billingAddress": {"line1": "100 Main Street", "line2": "Suite 200", "city": "Springfield",
                                    "state": "IL", "postalCode": "62701-1234"},
                 "payToAddress": {"line1": "PO Box 4400", "city": "Springfield", "state": "IL",
                                  "postalCode": "62708"}}"""), practiceVersion);
        assertThat(practice.status()).as(practice.body()).isIn(200, 201);
        String payer = id("payerId", gateway, "admin", new SeedRequest("POST", "/api/patients/payers",
                "reconciliation-it:payer", """
                {"name": "Reconcile Health Plan", "ediPayerId": "RECON1", "claimFilingIndicator": "CI",
                 "initialClaimDays": 90, "correctedClaimDays": 180, "appealDays": 180,
                 "address": {"line1": "PO Box 2000", "city": "Hartford", "state": "CT", "postalCode": "06101"},
                 "phone": "(860) 555-0101", "acceptsElectronicClaims": true}"""), Optional.empty());

        guaranteed = register(clinic, "Lily");
        guarantor = id("guarantorId", gateway, "frontdesk", new SeedRequest("POST", "/api/patients/guarantors",
                "reconciliation-it:guarantor:" + run, """
                {"givenName": "Grace", "familyName": "%s", "dateOfBirth": "1985-03-01", "sex": "F",
                 "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL",
                             "postalCode": "62704"}}""".formatted(FAMILY_NAME)), Optional.empty());
        Gateway.Answer assigned = gateway.write("frontdesk", new SeedRequest("PUT", "/api/patients/" + guaranteed
                + "/guarantor", "reconciliation-it:guarantor-of:" + run, """
                {"kind": "PERSON", "guarantorId": "%s", "reason": "mother"}""".formatted(guarantor)),
                Optional.of("\"0\""));
        assertThat(assigned.status()).as(assigned.body()).isBetween(200, 299);
        coverage = id("coverageId", gateway, "frontdesk", new SeedRequest("POST", "/api/patients/" + guaranteed
                + "/coverages", "reconciliation-it:coverage:" + run, """
                {"payerId": "%s", "planName": "Gold PPO", "memberId": "XGP123456789", "relationship": "CHILD",
                 "subscriber": {"givenName": "Grace", "familyName": "%s", "dateOfBirth": "1985-03-01", "sex": "F",
                                "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "IL",
                                            "postalCode": "62704"}},
                 "priority": "PRIMARY", "effectiveDate": "2026-01-01"}""".formatted(payer, FAMILY_NAME)),
                Optional.empty());

        survivor = register(clinic, "Mary");
        duplicate = register(clinic, "Maria");
        Gateway.Answer merged = gateway.write("biller", new SeedRequest("POST", "/api/patients/" + duplicate
                + "/merge", "reconciliation-it:merge:" + run, """
                {"survivingPatientId": "%s", "reason": "registered twice"}""".formatted(survivor)),
                Optional.of("\"0\""));
        assertThat(merged.status()).as(merged.body()).isBetween(200, 299);
    }

    private static String register(GatewayClient clinic, String givenName) throws Exception {
        GatewayClient.Response registered = clinic.postJson("/api/patients", body(givenName));
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().get("patientId").asText();
    }

    private static String id(String field, Gateway gateway, String user, SeedRequest request,
            Optional<String> ifMatch) {
        Gateway.Answer answer = gateway.write(user, request, ifMatch);
        assertThat(answer.status()).as(request.path() + " " + answer.body()).isBetween(200, 299);
        Matcher id = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(answer.body());
        assertThat(id.find()).as(request.path() + " answers its " + field).isTrue();
        return id.group(1);
    }

    @Test
    void aSettledStackReconcilesCleanOnEveryCheck() {
        Report report = Reconciliation.run(target);

        assertThat(report.discrepancies()).as(report.summary()).isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(report.examined()).containsOnlyKeys(Check.values());
        assertThat(report.examined().get(Check.N3)).contains("in 2 clinics");
    }

    @Test
    void anAcknowledgedRegistrationThatWasNeverStoredIsReported() {
        String lost = UUID.randomUUID().toString();
        List<String> acknowledged = new ArrayList<>(patients);
        acknowledged.add(lost);

        Report report = Reconciliation.run(target.acknowledging(acknowledged).checking(Check.N1));

        assertThat(report.clean()).isFalse();
        assertThat(report.of(Check.N1)).singleElement().extracting(Discrepancy::where).asString().contains(lost);
    }

    @Test
    void aReadModelRowThatDiffersFromAReplayIsReported() throws Exception {
        String shift = "UPDATE rm_patient_summary SET registered_at = registered_at %s interval '1 second' "
                + "WHERE patient_id = ?::uuid";
        execute("patient-service", shift.formatted("+"), patients.get(1));
        try {
            Report report = Reconciliation.run(target.checking(Check.N3));

            assertThat(report.clean()).isFalse();
            assertThat(report.of(Check.N3)).singleElement().satisfies(found -> {
                assertThat(found.where()).isEqualTo("patient-service (clinic clinic-001) patient-summary "
                        + "rm_patient_summary");
                assertThat(found.what()).startsWith("differs from a fresh replay");
            });
        } finally {
            execute("patient-service", shift.formatted("-"), patients.get(1));
        }
    }

    @Test
    void anInboxRowMissingAndOneNeverPublishedAreReported() throws Exception {
        String deliveredId = single("collections-service", "SELECT event_id FROM integration_inbox "
                + "WHERE aggregate_id = ?", patients.get(2));
        String appliedAt = single("collections-service", "SELECT applied_at::text FROM integration_inbox "
                + "WHERE event_id = ?", deliveredId);
        String foreign = UUID.randomUUID().toString();
        execute("collections-service", "DELETE FROM integration_inbox WHERE event_id = ?", deliveredId);
        execute("billing-service", "INSERT INTO integration_inbox (event_id, topic, event_type, aggregate_id, "
                + "applied_at) VALUES (?, 'patients.patient-events.v1', 'PatientRegistered', ?, now())", foreign,
                UUID.randomUUID().toString());
        try {
            Report report = Reconciliation.run(target.checking(Check.N4));

            assertThat(report.clean()).isFalse();
            assertThat(report.of(Check.N4)).extracting(Discrepancy::toString)
                    .anyMatch(line -> line.startsWith("N4 collections-service: event " + deliveredId)
                            && line.endsWith("was published but is not in the inbox"))
                    .anyMatch(line -> line.startsWith("N4 billing-service: the inbox holds event " + foreign)
                            && line.endsWith("that patient-service never published"));
        } finally {
            execute("billing-service", "DELETE FROM integration_inbox WHERE event_id = ?", foreign);
            execute("collections-service", "INSERT INTO integration_inbox (event_id, topic, event_type, aggregate_id,"
                    + " applied_at) VALUES (?, 'patients.patient-events.v1', 'PatientRegistered', ?, ?::timestamptz)",
                    deliveredId, patients.get(2), appliedAt);
        }
    }

    @Test
    void aCorrectionAppliedBeforeItsRegistrationIsReported() throws Exception {
        String registration = single("claims-service", "SELECT event_id FROM integration_inbox "
                + "WHERE aggregate_id = ? AND event_type = 'PatientRegistered'", corrected);
        String appliedAt = "SELECT applied_at::text FROM integration_inbox WHERE event_id = ?";
        String original = single("claims-service", appliedAt, registration);
        execute("claims-service", "UPDATE integration_inbox SET applied_at = applied_at + interval '1 hour' "
                + "WHERE event_id = ?", registration);
        try {
            Report report = Reconciliation.run(target.checking(Check.N5));

            assertThat(report.clean()).isFalse();
            assertThat(report.of(Check.N5)).singleElement().extracting(Discrepancy::toString).asString()
                    .startsWith("N5 claims-service: aggregate " + corrected + ": event " + registration
                            + " (sequence 0) was applied after event");
        } finally {
            execute("claims-service", "UPDATE integration_inbox SET applied_at = ?::timestamptz WHERE event_id = ?",
                    original, registration);
        }
        assertThat(single("claims-service", appliedAt, registration)).isEqualTo(original);
    }

    @Test
    void aStuckTokenAndAnUnexpectedDeadLetterAreReportedAndExpectedPoisonIsNot() throws Exception {
        String probe = "reconciliation-probe-" + UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        execute("billing-service", "INSERT INTO TokenEntry (processorName, segment, token, tokenType, timestamp) "
                + "VALUES (?, 0, convert_to('{\"index\":0,\"gaps\":[]}', 'UTF8'), "
                + "'org.axonframework.eventhandling.GapAwareTrackingToken', now()::text)", probe);
        execute("claims-service", "INSERT INTO integration_refused (event_id, topic, partition_no, record_offset, "
                + "event_type, aggregate_id, clinic_id, reason, record_value, refused_at, attempts) VALUES (?, "
                + "'patients.patient-events.v1', 0, 0, 'PatientDemographicsChanged', ?, 'clinic-001', 'seeded', "
                + "'\\x00'::bytea, now(), 1)", poison, UUID.randomUUID().toString());
        try {
            Report unexpected = Reconciliation.run(target.checking(Check.N7));
            Report expected = Reconciliation.run(target.expectingPoison(List.of(poison)).checking(Check.N7));

            assertThat(unexpected.of(Check.N7)).extracting(Discrepancy::toString)
                    .anyMatch(line -> line.startsWith("N7 billing-service: processor " + probe + " segment 0 is at 0"))
                    .anyMatch(line -> line.startsWith("N7 claims-service refused events: holds event " + poison));
            assertThat(expected.of(Check.N7)).extracting(Discrepancy::toString)
                    .noneMatch(line -> line.contains(poison))
                    .anyMatch(line -> line.contains(probe));
        } finally {
            execute("billing-service", "DELETE FROM TokenEntry WHERE processorName = ?", probe);
            execute("claims-service", "DELETE FROM integration_refused WHERE event_id = ?", poison);
        }
    }

    /** What issue 9 added: a self-pay encounter recorded by a biller and confirmed by its provider. */
    private static String issueNineDomain() {
        GatewayClient admin = GatewayClient.user(stack.gatewayUrl(), "admin");
        GatewayClient biller = GatewayClient.user(stack.gatewayUrl(), "biller");
        ChargeCapture.Practice practice = ChargeCapture.practice(admin, "2026-03-02");
        GatewayClient.Response recorded = await().atMost(Duration.ofSeconds(60)).until(() -> biller.postJson(
                "/api/billing/encounters", """
                        {"patientId": "%s", "serviceFrom": "2026-03-02", "locationId": "%s",
                         "renderingProviderId": "%s", "diagnoses": ["I10"],
                         "lines": [{"procedureCode": "99213", "units": 1, "diagnosisPointers": [1],
                                    "charge": "125.00", "chargeOverrideReason": "self-pay visit"}]}"""
                        .formatted(survivor, practice.location(), practice.provider())),
                response -> response.status() != 404);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String id = recorded.json().get("encounterId").asText();
        assertThat(GatewayClient.user(stack.gatewayUrl(), "provider").postJson("/api/billing/encounters/" + id
                + "/confirmation", "{}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void anEncounterClaimsHoldsAtAnotherRevisionThanBillingConfirmedIsReported() throws Exception {
        String revise = "UPDATE rm_billable_encounter SET revision = ? WHERE encounter_id = ?::uuid";
        execute("claims-service", revise, 2, encounter);
        try {
            Report report = Reconciliation.run(target.checking(Check.ENCOUNTERS));

            assertThat(report.of(Check.ENCOUNTERS)).extracting(Discrepancy::toString).containsExactly(
                    "ENCOUNTERS claims-service: encounter " + encounter + " (clinic clinic-001) differs between "
                            + "billing and claims-service in revision");
        } finally {
            execute("claims-service", revise, 1, encounter);
        }
    }

    @Test
    void aCoverageCopyThatDiffersFromPatientServicesIsReported() throws Exception {
        String reprioritise = "UPDATE rm_coverage_copy SET priority = ? WHERE coverage_id = ?::uuid";
        execute("claims-service", reprioritise, "TERTIARY", coverage);
        try {
            Report report = Reconciliation.run(target.checking(Check.COVERAGES));

            assertThat(report.of(Check.COVERAGES)).extracting(Discrepancy::toString).containsExactly(
                    "COVERAGES claims-service: coverage " + coverage + " of patient " + guaranteed + " (clinic "
                            + "clinic-001) differs from patient-service's in rm_coverage_copy: priority");
        } finally {
            execute("claims-service", reprioritise, "PRIMARY", coverage);
        }
    }

    @Test
    void aMergeACopyDoesNotRedirectIsReported() throws Exception {
        execute("collections-service", "UPDATE rm_watched_patient SET merged_into = NULL WHERE patient_id = ?::uuid",
                duplicate);
        try {
            Report report = Reconciliation.run(target.checking(Check.MERGES));

            assertThat(report.of(Check.MERGES)).extracting(Discrepancy::toString).containsExactly(
                    "MERGES collections-service: patient " + duplicate + " (clinic clinic-001) was merged into "
                            + survivor + " in patient-service, but rm_watched_patient does not redirect it");
        } finally {
            execute("collections-service", "UPDATE rm_watched_patient SET merged_into = ?::uuid "
                    + "WHERE patient_id = ?::uuid", survivor, duplicate);
        }
    }

    @Test
    void anAccountAnsweringForAPatientOtherThanItsGuarantorsIsReported() throws Exception {
        String answer = "UPDATE account_responsibility SET account_id = ?::uuid WHERE patient_id = ?::uuid";
        execute("billing-service", answer, guaranteed, guaranteed);
        try {
            Report report = Reconciliation.run(target.checking(Check.GUARANTORS));

            assertThat(report.of(Check.GUARANTORS)).extracting(Discrepancy::toString).containsExactly(
                    "GUARANTORS billing-service: account_responsibility has account " + guaranteed
                            + " (clinic clinic-001) answer for patient " + guaranteed + ", patient-service's "
                            + "guarantor is " + guarantor + " (clinic clinic-001)");
        } finally {
            execute("billing-service", answer, guarantor, guaranteed);
        }
    }

    @Test
    void theCommandPrintsIdsOnlyAndExitsNonZeroOnADiscrepancy() throws Exception {
        String lost = UUID.randomUUID().toString();
        Path clean = Files.write(dir.resolve("clean.log"), patients);
        List<String> withLost = new ArrayList<>(patients);
        withLost.add(lost);
        Path dirty = Files.write(dir.resolve("dirty.log"), withLost);

        ByteArrayOutputStream cleanOutput = new ByteArrayOutputStream();
        int cleanStatus = command(clean, cleanOutput);
        ByteArrayOutputStream dirtyOutput = new ByteArrayOutputStream();
        int dirtyStatus = command(dirty, dirtyOutput);

        assertThat(cleanStatus).as(cleanOutput.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(cleanOutput.toString(StandardCharsets.UTF_8)).startsWith("reconcile: clean; checked N1 3 ");
        assertThat(dirtyStatus).isEqualTo(1);
        String printed = dirtyOutput.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(2).first().asString()
                .isEqualTo("N1 patient-service patient " + lost + ": acknowledged, but no PatientRegisteredEvent is "
                        + "stored");
        assertThat(printed.lines().skip(1)).singleElement().asString().startsWith("reconcile: 1 discrepancy (N1 1)");
        assertThat(printed).doesNotContain(FAMILY_NAME).doesNotContain("Ada").doesNotContain("1980-12-10");
    }

    private int command(Path acknowledged, ByteArrayOutputStream output) {
        List<String> args = new ArrayList<>(List.of("--gateway", stack.gatewayUrl(), "--kafka",
                stack.infrastructure().kafkaBootstrapServers(), "--db-user", stack.infrastructure().user(),
                "--acknowledged", acknowledged.toString()));
        ClaimlineStack.SERVICES.forEach(service -> args.addAll(List.of("--db", service + "=" + stack.jdbcUrl(service))));
        return ReconcileCommand.run(args.toArray(String[]::new),
                Map.of("CLAIMLINE_DB_PASSWORD", stack.infrastructure().password()),
                new PrintStream(output, true, StandardCharsets.UTF_8), System.err);
    }

    private static String body(String givenName) {
        return "{\"givenName\": \"" + givenName + "\", \"familyName\": \"" + FAMILY_NAME
                + "\", \"dateOfBirth\": \"1980-12-10\"}";
    }

    private static Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(service), stack.infrastructure().user(),
                stack.infrastructure().password());
    }

    private static void execute(String service, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(service); PreparedStatement statement = prepare(connection, sql,
                parameters)) {
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static String single(String service, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(service); PreparedStatement statement = prepare(connection, sql,
                parameters); var rs = statement.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            String value = rs.getString(1);
            assertThat(rs.next()).as(sql + " answers one row").isFalse();
            return value;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
