package io.claimline.localstack.reconcile;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * N8, claims are sent once, numbered and as recorded (issue 11), read from claims-service's database only:
 * <ul>
 * <li>per batch: {@code claim_count} is its {@code claim_batch_claim} rows, its 837 file is in the clinic's
 * {@code encrypted_documents} under its SHA-256, and its {@code total_charge} is the sum of the totals its claims'
 * {@code ClaimSubmittedEvent}s carried (the totals sent, which a later resubmission does not change, unlike
 * {@code rm_claim.total_charge});</li>
 * <li>every {@code claim_batch_claim} row has its {@code claim_submission} row (patient control number, claim,
 * submission, batch) and the other way round;</li>
 * <li>per claim whose read model is at its event stream's head ({@code rm_claim.last_sequence}; claims still moving
 * are left out): its sendings are numbered 1..n without a gap, {@code rm_claim.submission} is n, and its
 * {@code batch_id} and patient control number are those of sending n; its status is the one its last
 * status-changing event sets;</li>
 * <li>per claim: as many {@code ClaimSubmittedEvent}s in the event store as {@code claim_submission} rows, naming the
 * same sendings (the rows and the event are written in one transaction, so this holds at any moment);</li>
 * <li>no patient control number belongs to two claims (in any table that holds one).</li>
 * </ul>
 * Reports claim and batch ids, submission numbers, statuses and counts, never a patient control number (the patient's
 * account number on the 837) or an amount.
 */
final class Claims {

    /** A batch with its claims counted and whether its file is stored. */
    record Batch(String batchId, String clinicId, int claimCount, int rows, boolean documentStored,
            BigDecimal totalCharge) {
    }

    /** A row of {@code table} without its counterpart in the other of claim_batch_claim and claim_submission. */
    record Unmatched(String table, String batchId, String claimId, int submission) {
    }

    /** A claim as {@code rm_claim} holds it. */
    record ClaimRow(String claimId, String clinicId, String status, int submission, String batchId,
            String patientControlNumber, String basePatientControlNumber, long lastSequence) {
    }

    /** A sending as {@code claim_submission} records it. */
    record Sending(String claimId, String clinicId, int number, String patientControlNumber, String batchId) {
    }

    /**
     * A claim's event stream: its last sequence number and its last status-changing event (simple name, and the
     * scrubber's outcome when it is a {@code ClaimScrubbedEvent}).
     */
    record Stream(String claimId, String clinicId, long head, String lastStatusEvent, String scrubOutcome) {
    }

    /** A {@code ClaimSubmittedEvent}: which sending, where, and the claim's total it sent. */
    record Submitted(String claimId, String clinicId, int number, String patientControlNumber, String batchId,
            BigDecimal totalCharge) {
    }

    /** A patient control number held for more than one claim, without the number itself. */
    record Shared(List<String> claimIds, List<String> tables) {
    }

    private static final Map<String, String> STATUS_OF_EVENT = Map.of(
            "ClaimDraftedEvent", "DRAFTED",
            "ClaimRedraftedEvent", "DRAFTED",
            "ClaimFieldsEditedEvent", "DRAFTED",
            "ClaimScrubRequestedEvent", "DRAFTED",
            "ClaimSubmittedEvent", "SUBMITTED",
            "ClaimAcceptedEvent", "ACCEPTED",
            "ClaimRejectedEvent", "REJECTED",
            "ClaimWithdrawnEvent", "WITHDRAWN");
    private static final String SCRUBBED = "ClaimScrubbedEvent";

    /** The claim aggregates' streams; only a ClaimScrubbedEvent's JSON is read (for its outcome). */
    private static final String STREAMS = """
            SELECT aggregateIdentifier, max(clinic), max(sequenceNumber),
                (array_agg(kind ORDER BY sequenceNumber DESC) FILTER (WHERE kind = ANY (?)))[1],
                (array_agg(outcome ORDER BY sequenceNumber DESC) FILTER (WHERE kind = ANY (?)))[1]
            FROM (SELECT aggregateIdentifier, sequenceNumber, substring(payloadType from '[^.]*$') AS kind,
                    convert_from(metaData, 'UTF8')::jsonb ->> 'clinicId' AS clinic,
                    CASE WHEN payloadType LIKE '%.ClaimScrubbedEvent'
                        THEN convert_from(payload, 'UTF8')::jsonb ->> 'outcome' END AS outcome
                FROM DomainEventEntry WHERE type = 'Claim') events
            GROUP BY aggregateIdentifier ORDER BY 1""";

    private static final String SUBMITTED = """
            SELECT aggregateIdentifier, convert_from(metaData, 'UTF8')::jsonb ->> 'clinicId',
                (event #>> '{submission,number}')::integer, event #>> '{submission,patientControlNumber}',
                event #>> '{submission,batchId}', (event #>> '{totalCharge,amount}')::numeric
            FROM (SELECT aggregateIdentifier, sequenceNumber, metaData, convert_from(payload, 'UTF8')::jsonb AS event
                FROM DomainEventEntry WHERE type = 'Claim' AND payloadType LIKE '%.ClaimSubmittedEvent') submitted
            ORDER BY aggregateIdentifier, sequenceNumber""";

    /** Every (patient control number, claim) pair of every table that holds one, grouped by number. */
    private static final String SHARED = """
            SELECT array_agg(DISTINCT claim_id ORDER BY claim_id), array_agg(DISTINCT source ORDER BY source)
            FROM (SELECT patient_control_number AS pcn, claim_id::text, 'claim_of_encounter' AS source
                    FROM claim_of_encounter
                UNION ALL SELECT base_patient_control_number, claim_id::text, 'rm_claim' FROM rm_claim
                UNION ALL SELECT patient_control_number, claim_id::text, 'rm_claim' FROM rm_claim
                UNION ALL SELECT patient_control_number, claim_id::text, 'claim_submission' FROM claim_submission
                UNION ALL SELECT patient_control_number, claim_id::text, 'claim_batch_claim' FROM claim_batch_claim
                ) numbers
            GROUP BY pcn HAVING count(DISTINCT claim_id) > 1 ORDER BY 1""";

    private Claims() {
    }

    // ---- reading (claims-service's read-only snapshot) ----

    static List<Batch> batches(Database claims) throws SQLException {
        return claims.query("""
                SELECT b.batch_id::text, b.clinic_id, b.claim_count,
                    (SELECT count(*) FROM claim_batch_claim c WHERE c.batch_id = b.batch_id),
                    EXISTS (SELECT 1 FROM encrypted_documents d
                        WHERE d.clinic_id = b.clinic_id AND d.sha256 = b.file_sha256),
                    b.total_charge
                FROM claim_batch b ORDER BY b.batch_id""", rs -> new Batch(rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getInt(4), rs.getBoolean(5), rs.getBigDecimal(6)));
    }

    static List<Unmatched> unmatched(Database claims) throws SQLException {
        return claims.query("""
                SELECT CASE WHEN s.claim_id IS NULL THEN 'claim_batch_claim' ELSE 'claim_submission' END,
                    coalesce(c.batch_id, s.batch_id)::text, coalesce(c.claim_id, s.claim_id)::text,
                    coalesce(c.submission, s.submission)
                FROM claim_batch_claim c FULL JOIN claim_submission s
                    ON s.patient_control_number = c.patient_control_number AND s.claim_id = c.claim_id
                        AND s.submission = c.submission AND s.batch_id = c.batch_id
                WHERE c.claim_id IS NULL OR s.claim_id IS NULL
                ORDER BY 1, 2, 3, 4""", rs -> new Unmatched(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4)));
    }

    static List<ClaimRow> claims(Database claims) throws SQLException {
        return claims.query("""
                SELECT claim_id::text, clinic_id, status, submission, batch_id::text, patient_control_number,
                    base_patient_control_number, last_sequence
                FROM rm_claim ORDER BY claim_id""", rs -> new ClaimRow(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8)));
    }

    static List<Sending> sendings(Database claims) throws SQLException {
        return claims.query("""
                SELECT claim_id::text, clinic_id, submission, patient_control_number, batch_id::text
                FROM claim_submission ORDER BY claim_id, submission""", rs -> new Sending(rs.getString(1),
                rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
    }

    static Map<String, Stream> streams(Database claims) throws SQLException {
        TreeSet<String> kinds = new TreeSet<>(STATUS_OF_EVENT.keySet());
        kinds.add(SCRUBBED);
        String[] statusEvents = kinds.toArray(String[]::new);
        Map<String, Stream> streams = new LinkedHashMap<>();
        claims.query(STREAMS, rs -> new Stream(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getString(5)), statusEvents, statusEvents).forEach(s -> streams.put(s.claimId(), s));
        return streams;
    }

    static List<Submitted> submitted(Database claims) throws SQLException {
        return claims.query(SUBMITTED, rs -> new Submitted(rs.getString(1), rs.getString(2), rs.getInt(3),
                rs.getString(4), rs.getString(5), rs.getBigDecimal(6)));
    }

    static List<Shared> shared(Database claims) throws SQLException {
        return claims.query(SHARED, rs -> new Shared(Arrays.asList((String[]) rs.getArray(1).getArray()),
                Arrays.asList((String[]) rs.getArray(2).getArray())));
    }

    // ---- comparing (pure) ----

    /** Each batch's count, stored file and total (against what its claims' events sent). */
    static List<String> batchTotals(List<Batch> batches, List<Submitted> submitted) {
        Map<String, List<Submitted>> byBatch = submitted.stream().filter(s -> s.batchId() != null)
                .collect(Collectors.groupingBy(Submitted::batchId));
        List<String> found = new ArrayList<>();
        for (Batch batch : batches) {
            String which = "batch " + batch.batchId() + " (clinic " + batch.clinicId() + ")";
            if (batch.claimCount() != batch.rows()) {
                found.add(which + ": claim_count is " + batch.claimCount() + ", claim_batch_claim holds "
                        + batch.rows() + " claims");
            }
            if (!batch.documentStored()) {
                found.add(which + ": its file is not in encrypted_documents under the clinic and its file_sha256");
            }
            List<Submitted> sent = byBatch.getOrDefault(batch.batchId(), List.of());
            // A missing or extra event is the claim's discrepancy (sendings); the total is compared when all are here.
            if (sent.size() == batch.rows() && batch.totalCharge().compareTo(sent.stream()
                    .map(Submitted::totalCharge).reduce(BigDecimal.ZERO, BigDecimal::add)) != 0) {
                found.add(which + ": total_charge is not the sum of the totals its claims' ClaimSubmittedEvents "
                        + "carried");
            }
        }
        return found;
    }

    /** Rows of claim_batch_claim without their claim_submission row, and the other way round. */
    static List<String> unmatchedRows(List<Unmatched> unmatched) {
        return unmatched.stream().map(u -> u.table() + " row of claim " + u.claimId() + " (submission "
                + u.submission() + ", batch " + u.batchId() + ") has no row with the same patient control number, "
                + "claim, submission and batch in " + (u.table().equals("claim_submission") ? "claim_batch_claim"
                        : "claim_submission")).toList();
    }

    /**
     * Per claim at its stream's head: sendings 1..n without a gap, and rm_claim's submission, batch and patient
     * control number are those of sending n (none sent: 0, no batch, the base number).
     */
    static List<String> sendingsInOrder(List<ClaimRow> claims, Map<String, Stream> streams, List<Sending> sendings) {
        Map<String, List<Sending>> byClaim = sendings.stream().collect(Collectors.groupingBy(Sending::claimId));
        List<String> found = new ArrayList<>();
        for (ClaimRow claim : current(claims, streams)) {
            String which = "claim " + claim.claimId() + " (clinic " + claim.clinicId() + ")";
            List<Sending> sent = byClaim.getOrDefault(claim.claimId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Sending::number)).toList();
            int n = sent.size();
            List<Integer> numbers = sent.stream().map(Sending::number).toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                expected.add(i);
            }
            if (!numbers.equals(expected)) {
                found.add(which + ": claim_submission numbers its sendings " + numbers + ", not 1.." + n);
            }
            if (claim.submission() != n) {
                found.add(which + ": rm_claim.submission is " + claim.submission() + ", claim_submission holds " + n
                        + " sendings");
                continue;
            }
            Sending last = n == 0 ? null : sent.get(n - 1);
            List<String> differ = new ArrayList<>();
            if (!Objects.equals(claim.batchId(), last == null ? null : last.batchId())) {
                differ.add("batch_id");
            }
            if (!Objects.equals(claim.patientControlNumber(), last == null ? claim.basePatientControlNumber()
                    : last.patientControlNumber())) {
                differ.add("patient_control_number");
            }
            if (!differ.isEmpty()) {
                found.add(which + ": rm_claim's " + String.join(", ", differ) + " differ from its "
                        + (n == 0 ? "unsent claim's" : "sending " + n + "'s in claim_submission"));
            }
        }
        return found;
    }

    /** Per claim, as many ClaimSubmittedEvents as claim_submission rows, naming the same sendings, both ways. */
    static List<String> submittedEvents(List<Submitted> submitted, List<Sending> sendings) {
        Map<String, List<Submitted>> events = submitted.stream().collect(Collectors.groupingBy(Submitted::claimId,
                TreeMap::new, Collectors.toList()));
        Map<String, List<Sending>> rows = sendings.stream().collect(Collectors.groupingBy(Sending::claimId));
        Set<String> all = new TreeSet<>(events.keySet());
        all.addAll(rows.keySet());
        List<String> found = new ArrayList<>();
        for (String claimId : all) {
            List<Submitted> stored = events.getOrDefault(claimId, List.of());
            List<Sending> recorded = rows.getOrDefault(claimId, List.of());
            String clinic = !stored.isEmpty() ? stored.get(0).clinicId() : recorded.get(0).clinicId();
            String which = "claim " + claimId + " (clinic " + clinic + ")";
            if (stored.size() != recorded.size()) {
                found.add(which + ": the event store holds " + stored.size() + " ClaimSubmittedEvents, "
                        + "claim_submission " + recorded.size() + " rows");
                continue;
            }
            Set<String> fromEvents = stored.stream().map(s -> key(s.number(), s.patientControlNumber(), s.batchId()))
                    .collect(Collectors.toSet());
            Set<String> fromRows = recorded.stream().map(s -> key(s.number(), s.patientControlNumber(), s.batchId()))
                    .collect(Collectors.toSet());
            if (!fromEvents.equals(fromRows)) {
                found.add(which + ": its ClaimSubmittedEvents name other sendings (number, patient control number, "
                        + "batch) than its claim_submission rows");
            }
        }
        return found;
    }

    /** Patient control numbers held for two or more claims (the number itself is not printed). */
    static List<String> sharedNumbers(List<Shared> shared) {
        return shared.stream().map(s -> "one patient control number is used by claims " + String.join(", ",
                s.claimIds()) + " (in " + String.join(", ", s.tables()) + ")").toList();
    }

    /** Per claim at its stream's head, rm_claim.status is what its last status-changing event sets. */
    static List<String> statuses(List<ClaimRow> claims, Map<String, Stream> streams) {
        List<String> found = new ArrayList<>();
        for (ClaimRow claim : current(claims, streams)) {
            Stream stream = streams.get(claim.claimId());
            String expected = stream.lastStatusEvent() == null ? null : SCRUBBED.equals(stream.lastStatusEvent())
                    ? stream.scrubOutcome() : STATUS_OF_EVENT.get(stream.lastStatusEvent());
            if (!claim.status().equals(expected)) {
                found.add("claim " + claim.claimId() + " (clinic " + claim.clinicId() + "): rm_claim.status is "
                        + claim.status() + ", its last status-changing event "
                        + (stream.lastStatusEvent() == null ? "(none)" : stream.lastStatusEvent()) + " sets "
                        + expected);
            }
        }
        return found;
    }

    /** The claims whose read model applied their stream's last event: the others are still moving. */
    static List<ClaimRow> current(List<ClaimRow> claims, Map<String, Stream> streams) {
        return claims.stream().filter(c -> streams.containsKey(c.claimId())
                && streams.get(c.claimId()).head() == c.lastSequence()).toList();
    }

    private static String key(int number, String patientControlNumber, String batchId) {
        return number + "|" + patientControlNumber + "|" + batchId;
    }
}
