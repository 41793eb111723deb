package io.claimline.claims.claim.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.claims.claim.api.ClaimContent;
import io.claimline.claims.claim.api.ClaimOnlyFields;
import io.claimline.claims.scrubber.DuplicateClaim;
import io.claimline.claims.scrubber.DuplicateClaims;
import io.claimline.platform.kernel.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads claims from rm_claim: one claim, its history, the work queues, and the duplicate lookup the scrubber asks.
 */
@Component
public class ClaimQueries implements DuplicateClaims {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ClaimQueries(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public Optional<ClaimView> find(UUID claimId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_claim WHERE claim_id = ? AND clinic_id = ?", (rs, n) -> view(rs),
                claimId, clinicId).stream().findFirst();
    }

    /** The version (ETag) of the claim as the read model shows it; empty when unknown. */
    public Optional<Long> version(UUID claimId, String clinicId) {
        return jdbc.query("SELECT last_sequence FROM rm_claim WHERE claim_id = ? AND clinic_id = ?",
                (rs, n) -> rs.getLong(1), claimId, clinicId).stream().findFirst();
    }

    public List<ClaimHistoryEntry> history(UUID claimId, String clinicId) {
        return jdbc.query("""
                SELECT * FROM rm_claim_history WHERE claim_id = ? AND clinic_id = ? ORDER BY sequence""",
                (rs, n) -> new ClaimHistoryEntry(rs.getLong("sequence"), rs.getString("event"),
                        rs.getString("status"), rs.getTimestamp("at").toInstant(), rs.getString("by_user"),
                        rs.getString("reason")),
                claimId, clinicId);
    }

    public List<ClaimSummary> queue(String clinicId, WorkQueue queue, QueueSort sort, boolean descending,
            int offset, int limit) {
        return jdbc.query("SELECT * FROM rm_claim WHERE clinic_id = ? AND " + queue.condition() + " ORDER BY "
                + sort.orderBy(descending) + " OFFSET ? LIMIT ?", (rs, n) -> summary(rs), clinicId, offset, limit);
    }

    public long count(String clinicId, WorkQueue queue) {
        return jdbc.queryForObject("SELECT count(*) FROM rm_claim WHERE clinic_id = ? AND " + queue.condition(),
                Long.class, clinicId);
    }

    /**
     * A patient's claims that may not be filed yet (after a correction in patient-service each is asked to scrub
     * again; a filed one declines). Read from the drafting's own rows, so a claim the read model does not show yet
     * is not missed; the read model only leaves out those it knows are filed or withdrawn.
     */
    public List<String> possiblyUnfiledOfPatient(String clinicId, UUID patientId) {
        return jdbc.queryForList("""
                SELECT e.claim_id::text FROM claim_of_encounter e
                LEFT JOIN rm_claim c ON c.claim_id = e.claim_id
                WHERE e.clinic_id = ? AND e.patient_id = ?
                    AND (c.status IS NULL OR c.status NOT IN ('SUBMITTED', 'ACCEPTED', 'WITHDRAWN'))
                ORDER BY 1""", String.class, clinicId, patientId);
    }

    /** Claims waiting for a correction in a clinic, or for their scrub (after a practice or payer change). */
    public List<String> needingCorrection(String clinicId) {
        return jdbc.queryForList("""
                SELECT claim_id::text FROM rm_claim WHERE clinic_id = ? AND status IN ('NEEDS_CORRECTION', 'DRAFTED')
                ORDER BY 1""", String.class, clinicId);
    }

    @Override
    public Optional<String> otherClaimWith(Key key, String excludingClaimId) {
        return jdbc.queryForList("""
                SELECT claim_id::text FROM rm_claim WHERE clinic_id = ? AND duplicate_key = ? AND status <> 'WITHDRAWN'
                    AND (?::uuid IS NULL OR claim_id <> ?::uuid)
                ORDER BY 1 LIMIT 1""", String.class, key.clinicId(), text(key), excludingClaimId, excludingClaimId)
                .stream().findFirst();
    }

    /** The duplicate key of a stored claim's content, as the projection keeps it; null while a part is missing. */
    static String duplicateKey(String clinicId, ClaimContent content) {
        return DuplicateClaim.key(ClaimScrubInput.of(clinicId, null, null, content, null, null, null, null))
                .map(ClaimQueries::text).orElse(null);
    }

    /** One comparable text per key (its parts are codes, ids and a date: none holds the separators). */
    private static String text(Key key) {
        StringBuilder text = new StringBuilder(key.patientId()).append('|').append(key.renderingProviderNpi())
                .append('|').append(key.dateOfService());
        key.services().forEach(service -> text.append('|').append(service.procedureCode()).append(':')
                .append(String.join(",", service.modifiers())));
        return text.toString();
    }

    private ClaimSummary summary(ResultSet rs) throws SQLException {
        LocalDate deadline = localDate(rs, "timely_filing_deadline");
        return new ClaimSummary(rs.getString("claim_id"), rs.getString("patient_control_number"),
                rs.getString("status"), rs.getString("patient_id"), rs.getString("payer_id"),
                localDate(rs, "service_from"), money(rs), rs.getInt("line_count"), problem(rs), deadline,
                daysTo(deadline), rs.getInt("submission"), instant(rs, "submitted_at"),
                instant(rs, "status_changed_at"));
    }

    /** The first scrubber edit, or the rejection's reason, in words. */
    private String problem(ResultSet rs) throws SQLException {
        if ("REJECTED".equals(rs.getString("status")) && rs.getString("rejection") != null) {
            return read(rs.getString("rejection"), JsonNode.class).path("reason").asText(null);
        }
        JsonNode edits = read(rs.getString("edits"), JsonNode.class);
        if (edits.isArray() && !edits.isEmpty()) {
            JsonNode first = edits.get(0);
            return first.path("field").asText() + ": " + first.path("problem").asText() + " — "
                    + first.path("fix").asText();
        }
        return null;
    }

    private ClaimView view(ResultSet rs) throws SQLException {
        ClaimContent content = read(rs.getString("content"), ClaimContent.class);
        ClaimOnlyFields fields = rs.getString("fields") == null ? ClaimOnlyFields.NONE
                : read(rs.getString("fields"), ClaimOnlyFields.class);
        LocalDate deadline = localDate(rs, "timely_filing_deadline");
        return new ClaimView(rs.getString("claim_id"), rs.getString("encounter_id"),
                rs.getInt("encounter_revision"), rs.getString("patient_id"), rs.getString("coverage_id"),
                rs.getString("payer_id"), rs.getString("patient_control_number"), rs.getString("status"),
                localDate(rs, "service_from"), localDate(rs, "service_to"), rs.getString("billing_npi"),
                rs.getString("rendering_npi"), money(rs), content.diagnoses(),
                content.lines().stream().map(line -> new ClaimView.Line(line.lineNumber(), line.serviceDate(),
                        line.procedureCode(), line.modifiers(), line.units(), line.diagnosisPointers(),
                        line.charge(), line.note() != null)).toList(),
                new ClaimView.Fields(fields.priorAuthorization(), fields.delayReasonCode(), fields.note() != null),
                read(rs.getString("edits"), JsonNode.class),
                rs.getString("rejection") == null ? null : read(rs.getString("rejection"), JsonNode.class),
                deadline, daysTo(deadline), rs.getInt("submission"), rs.getString("batch_id"),
                instant(rs, "submitted_at"), rs.getBoolean("acknowledgement_overdue"),
                instant(rs, "acknowledged_at"), rs.getString("payer_claim_control_number"),
                instant(rs, "drafted_at"), instant(rs, "status_changed_at"), rs.getLong("last_sequence"));
    }

    private Long daysTo(LocalDate deadline) {
        return deadline == null ? null : ChronoUnit.DAYS.between(LocalDate.now(clock), deadline);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored claim's " + type.getSimpleName() + " is not readable");
        }
    }

    private static Money money(ResultSet rs) throws SQLException {
        return rs.getBigDecimal("total_charge") == null ? null : new Money(rs.getBigDecimal("total_charge"), Money.USD);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
