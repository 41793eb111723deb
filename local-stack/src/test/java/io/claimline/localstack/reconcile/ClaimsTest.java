package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * N8 on a real PostgreSQL with claims-service's own schema (its migration, the platform's event store and document
 * tables): a clean set of claims passes, then one discrepancy is planted per invariant and found, by id.
 * <p>
 * The clean set, clinic-001: claim c1 sent once in batch b1 (150.00) and acknowledged late; claim c2 sent in b1
 * (40.00), rejected, corrected and sent again in b2 (45.00) as R1, then accepted; claim c3 scrubbed with edits (needs
 * correction), never sent; claim c4 withdrawn in the event store while its read model has not seen it yet (moving:
 * left out of the read-model comparisons).
 */
class ClaimsTest {

    private static final String CLINIC = "clinic-001";
    private static final String C1 = "00000000-0000-0000-0000-0000000000c1";
    private static final String C2 = "00000000-0000-0000-0000-0000000000c2";
    private static final String C3 = "00000000-0000-0000-0000-0000000000c3";
    private static final String C4 = "00000000-0000-0000-0000-0000000000c4";
    private static final String C5 = "00000000-0000-0000-0000-0000000000c5";
    private static final String B1 = "00000000-0000-0000-0000-0000000000b1";
    private static final String B2 = "00000000-0000-0000-0000-0000000000b2";
    private static final String B9 = "00000000-0000-0000-0000-0000000000b9";
    private static final String SHA_B1 = "a".repeat(64);
    private static final String SHA_B2 = "b".repeat(64);
    private static final String API = "io.claimline.claims.claim.api.";

    private static EmbeddedPostgres postgres;
    private int events;

    @BeforeAll
    static void start() throws IOException, SQLException {
        // Under /tmp: when tests run as root, PostgreSQL runs as 'nobody' and must reach its files.
        Path workDir = Files.createTempDirectory("claimline-claims-pg");
        workDir.toFile().setExecutable(true, false);
        workDir.toFile().setReadable(true, false);
        workDir.toFile().setWritable(true, false);
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workDir.toFile())
                .setServerConfig("fsync", "off").start();
        // The services' own DDL, so the check reads the tables as they are.
        try (Connection connection = write(); Statement statement = connection.createStatement()) {
            for (String migration : List.of("platform/src/main/resources/db/platform/V1__axon_event_store.sql",
                    "platform/src/main/resources/db/platform/V7__encrypted_documents.sql",
                    "claims-service/src/main/resources/db/migration/V140__claims.sql")) {
                statement.execute(Files.readString(Path.of("..").resolve(migration)));
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void cleanSet() throws SQLException {
        sql("TRUNCATE DomainEventEntry, encrypted_documents, claim_of_encounter, rm_claim, claim_submission, "
                + "claim_batch_claim, claim_batch");
        events = 0;
        batch(B1, 2, "190.00", SHA_B1, 1001);
        batch(B2, 1, "45.00", SHA_B2, 1002);
        document(SHA_B1);
        document(SHA_B2);

        claim(C1, "CL0000000001", "CL0000000001", "SUBMITTED", 1, B1, 4);
        event(C1, 0, "ClaimDraftedEvent", "{}");
        event(C1, 1, "ClaimScrubRequestedEvent", "{}");
        event(C1, 2, "ClaimScrubbedEvent", "{\"outcome\": \"READY\", \"edits\": []}");
        submitted(C1, 3, 1, "CL0000000001", B1, "150.00");
        event(C1, 4, "ClaimAcknowledgementOverdueEvent", "{\"submission\": 1}");
        sent(B1, C1, 1, "CL0000000001");

        claim(C2, "CL0000000002", "CL0000000002R1", "ACCEPTED", 2, B2, 7);
        event(C2, 0, "ClaimDraftedEvent", "{}");
        event(C2, 1, "ClaimScrubbedEvent", "{\"outcome\": \"READY\", \"edits\": []}");
        submitted(C2, 2, 1, "CL0000000002", B1, "40.00");
        event(C2, 3, "ClaimRejectedEvent", "{\"submission\": 1}");
        event(C2, 4, "ClaimFieldsEditedEvent", "{}");
        event(C2, 5, "ClaimScrubbedEvent", "{\"outcome\": \"READY\", \"edits\": []}");
        submitted(C2, 6, 2, "CL0000000002R1", B2, "45.00");
        event(C2, 7, "ClaimAcceptedEvent", "{}");
        sent(B1, C2, 1, "CL0000000002");
        sent(B2, C2, 2, "CL0000000002R1");

        claim(C3, "CL0000000003", "CL0000000003", "NEEDS_CORRECTION", 0, null, 1);
        event(C3, 0, "ClaimDraftedEvent", "{}");
        event(C3, 1, "ClaimScrubbedEvent", "{\"outcome\": \"NEEDS_CORRECTION\", \"edits\": [{\"code\": \"X\"}]}");

        claim(C4, "CL0000000004", "CL0000000004", "DRAFTED", 0, null, 0);
        event(C4, 0, "ClaimDraftedEvent", "{}");
        event(C4, 1, "ClaimWithdrawnEvent", "{}");
    }

    @Test
    void aCleanSetPassesAndAMovingClaimIsLeftOut() throws SQLException {
        Report report = reconcile();

        assertThat(report.clean()).as(report.summary()).isTrue();
        assertThat(report.summary()).isEqualTo("reconcile: clean; checked N8 4 claims (3 at their stream's head), "
                + "3 sendings, 2 batches");
        try (Database claims = read()) {
            assertThat(Claims.current(Claims.claims(claims), Claims.streams(claims)))
                    .extracting(Claims.ClaimRow::claimId).containsExactly(C1, C2, C3);
        }
    }

    @Test
    void aBatchWhoseCountIsNotItsRowsIsFound() throws SQLException {
        sql("UPDATE claim_batch SET claim_count = 3 WHERE batch_id = '" + B1 + "'");

        assertThat(check()).containsExactly("batch " + B1 + " (clinic clinic-001): claim_count is 3, "
                + "claim_batch_claim holds 2 claims");
    }

    @Test
    void aBatchTotalOneCentOffWhatItsClaimsSentIsFound() throws SQLException {
        sql("UPDATE claim_batch SET total_charge = 190.01 WHERE batch_id = '" + B1 + "'");

        assertThat(check()).containsExactly("batch " + B1 + " (clinic clinic-001): total_charge is not the sum of "
                + "the totals its claims' ClaimSubmittedEvents carried");
    }

    @Test
    void aBatchClaimWithoutItsSendingIsFoundBothWays() throws SQLException {
        sql("UPDATE claim_batch_claim SET patient_control_number = 'CL0000000009' WHERE claim_id = '" + C1 + "'");

        assertThat(check()).containsExactly(
                "claim_batch_claim row of claim " + C1 + " (submission 1, batch " + B1 + ") has no row with the same "
                        + "patient control number, claim, submission and batch in claim_submission",
                "claim_submission row of claim " + C1 + " (submission 1, batch " + B1 + ") has no row with the same "
                        + "patient control number, claim, submission and batch in claim_batch_claim");
    }

    @Test
    void aBatchWhoseFileIsNotStoredUnderItsClinicIsFound() throws SQLException {
        sql("UPDATE encrypted_documents SET clinic_id = 'clinic-002' WHERE sha256 = '" + SHA_B2 + "'");

        assertThat(check()).containsExactly("batch " + B2 + " (clinic clinic-001): its file is not in "
                + "encrypted_documents under the clinic and its file_sha256");
    }

    @Test
    void aGapInAClaimsSendingsIsFound() throws SQLException {
        sql("UPDATE claim_submission SET submission = 3 WHERE claim_id = '" + C2 + "' AND submission = 2");
        sql("UPDATE claim_batch_claim SET submission = 3 WHERE claim_id = '" + C2 + "' AND submission = 2");

        assertThat(check()).containsExactly(
                "claim " + C2 + " (clinic clinic-001): claim_submission numbers its sendings [1, 3], not 1..2",
                "claim " + C2 + " (clinic clinic-001): its ClaimSubmittedEvents name other sendings (number, "
                        + "patient control number, batch) than its claim_submission rows");
    }

    @Test
    void aReadModelThatDoesNotNameTheLastSendingIsFound() throws SQLException {
        sql("UPDATE rm_claim SET submission = 1 WHERE claim_id = '" + C2 + "'");
        sql("UPDATE rm_claim SET batch_id = '" + B2 + "' WHERE claim_id = '" + C1 + "'");

        assertThat(check()).containsExactly(
                "claim " + C1 + " (clinic clinic-001): rm_claim's batch_id differ from its sending 1's in "
                        + "claim_submission",
                "claim " + C2 + " (clinic clinic-001): rm_claim.submission is 1, claim_submission holds 2 sendings");
    }

    @Test
    void aSubmittedEventWithoutItsSendingIsFound() throws SQLException {
        event(C5, 0, "ClaimDraftedEvent", "{}");
        submitted(C5, 1, 1, "CL0000000005", B9, "12.00");

        assertThat(check()).containsExactly("claim " + C5 + " (clinic clinic-001): the event store holds 1 "
                + "ClaimSubmittedEvents, claim_submission 0 rows");
    }

    @Test
    void aPatientControlNumberOfTwoClaimsIsFoundWithoutPrintingIt() throws SQLException {
        sql("UPDATE rm_claim SET patient_control_number = 'CL0000000001', base_patient_control_number = "
                + "'CL0000000001' WHERE claim_id = '" + C3 + "'");

        List<String> found = check();
        assertThat(found).containsExactly("one patient control number is used by claims " + C1 + ", " + C3
                + " (in claim_batch_claim, claim_of_encounter, claim_submission, rm_claim)");
        assertThat(found).noneMatch(line -> line.contains("CL0000000001"));
    }

    @Test
    void aStatusOtherThanTheLastStatusChangingEventSetsIsFound() throws SQLException {
        sql("UPDATE rm_claim SET status = 'READY' WHERE claim_id IN ('" + C1 + "', '" + C3 + "')");

        assertThat(check()).containsExactly(
                "claim " + C1 + " (clinic clinic-001): rm_claim.status is READY, its last status-changing event "
                        + "ClaimSubmittedEvent sets SUBMITTED",
                "claim " + C3 + " (clinic clinic-001): rm_claim.status is READY, its last status-changing event "
                        + "ClaimScrubbedEvent sets NEEDS_CORRECTION");
    }

    @Test
    void aClaimWhoseReadModelCaughtUpIsComparedAgain() throws SQLException {
        // c4's read model reaches its withdrawal's sequence but keeps the old status: now it is compared.
        sql("UPDATE rm_claim SET last_sequence = 1 WHERE claim_id = '" + C4 + "'");

        assertThat(check()).containsExactly("claim " + C4 + " (clinic clinic-001): rm_claim.status is DRAFTED, its "
                + "last status-changing event ClaimWithdrawnEvent sets WITHDRAWN");
    }

    /** N8 alone, as {@code ./claimline reconcile} runs it (every service's database is this one: only N8 reads). */
    private static Report reconcile() {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        Map<String, String> databases = new LinkedHashMap<>();
        Target.SERVICES.forEach(service -> databases.put(service, url));
        return Reconciliation.run(Target.of("http://localhost:9", databases, "postgres", "postgres", "localhost:9")
                .checking(Check.N8));
    }

    /** What N8 found, each in claims-service. */
    private static List<String> check() {
        Report report = reconcile();
        assertThat(report.discrepancies()).allSatisfy(d -> {
            assertThat(d.check()).isEqualTo(Check.N8);
            assertThat(d.where()).isEqualTo("claims-service");
        });
        return report.discrepancies().stream().map(Discrepancy::what).toList();
    }

    private static Database read() throws SQLException {
        return Database.open("claims-service", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    private static Connection write() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    private static void sql(String statement, Object... parameters) throws SQLException {
        try (Connection connection = write(); PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.execute();
        }
    }

    private static void batch(String batchId, int count, String total, String sha256, int controlNumber)
            throws SQLException {
        sql("""
                INSERT INTO claim_batch (batch_id, clinic_id, payer_id, receiver_id, interchange_control_number,
                    group_control_number, transaction_set_control_number, file_name, file_sha256, claim_count,
                    total_charge, cut_by, cut_at)
                VALUES (?::uuid, ?, '00000000-0000-0000-0000-0000000000fa', 'CLEARINGHOUSE', ?, ?, ?, ?, ?, ?,
                    ?::numeric, 'biller', now())""", batchId, CLINIC, controlNumber, controlNumber, controlNumber,
                "CL837P-" + controlNumber + ".x12", sha256, count, total);
    }

    private static void document(String sha256) throws SQLException {
        sql("""
                INSERT INTO encrypted_documents (clinic_id, sha256, media_type, size, key_id, wrapped_key, nonce,
                    ciphertext, stored_at)
                VALUES (?, ?, 'application/edi-x12', 1, 'k1', '\\x00', '\\x00', '\\x00', now())""", CLINIC, sha256);
    }

    private static void claim(String claimId, String base, String current, String status, int submission,
            String batchId, long lastSequence) throws SQLException {
        String encounter = claimId.replace("c", "e");
        sql("INSERT INTO claim_of_encounter VALUES (?::uuid, ?, ?::uuid, ?)", encounter, CLINIC, claimId, base);
        sql("""
                INSERT INTO rm_claim (claim_id, clinic_id, encounter_id, encounter_revision, patient_id,
                    base_patient_control_number, patient_control_number, status, line_count, content, submission,
                    batch_id, drafted_at, status_changed_at, last_sequence)
                VALUES (?::uuid, ?, ?::uuid, 1, '00000000-0000-0000-0000-0000000000aa', ?, ?, ?, 1, '{}', ?,
                    ?::uuid, now(), now(), ?)""", claimId, CLINIC, encounter, base, current, status, submission,
                batchId, lastSequence);
    }

    private static void sent(String batchId, String claimId, int submission, String patientControlNumber)
            throws SQLException {
        sql("INSERT INTO claim_batch_claim VALUES (?::uuid, ?::uuid, ?, ?)", batchId, claimId, submission,
                patientControlNumber);
        sql("INSERT INTO claim_submission VALUES (?, ?::uuid, ?, ?, ?::uuid)", patientControlNumber, claimId, CLINIC,
                submission, batchId);
    }

    private void submitted(String claimId, long sequence, int number, String patientControlNumber, String batchId,
            String total) throws SQLException {
        event(claimId, sequence, "ClaimSubmittedEvent", """
                {"claimId": "%s", "submission": {"number": %d, "patientControlNumber": "%s", "batchId": "%s",
                 "interchangeControlNumber": 1001, "fileSha256": "%s"}, "totalCharge": {"amount": "%s",
                 "currency": "USD"}}""".formatted(claimId, number, patientControlNumber, batchId, SHA_B1, total));
    }

    /** An event as Axon's JacksonSerializer stores it: JSON payload and metadata as bytea. */
    private void event(String claimId, long sequence, String type, String payload) throws SQLException {
        events++;
        sql("""
                INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                    payload, payloadType, timeStamp)
                VALUES (?, ?, 'Claim', ?, ?, ?, ?, '2026-11-30T10:00:00Z')""", claimId, sequence, "event-" + events,
                ("{\"clinicId\": \"" + CLINIC + "\"}").getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), API + type);
    }
}
