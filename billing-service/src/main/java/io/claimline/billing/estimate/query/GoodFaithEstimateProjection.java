package io.claimline.billing.estimate.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.billing.estimate.api.BillComparedEvent;
import io.claimline.billing.estimate.api.GoodFaithEstimateContent;
import io.claimline.billing.estimate.api.GoodFaithEstimateIssuedEvent;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Good-faith estimates for reads and the managers' list of bills flagged against them. Idempotent upserts keyed by
 * estimate; a comparison only moves forward in sequence, so a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(GoodFaithEstimateProjection.PROCESSING_GROUP)
@ReadModel(@ReadModel.Table(name = "rm_good_faith_estimate", aggregateIdColumn = "estimate_id",
        clinicIdColumn = "clinic_id"))
public class GoodFaithEstimateProjection {

    public static final String PROCESSING_GROUP = "good-faith-estimates";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadYourWrites readYourWrites;

    public GoodFaithEstimateProjection(JdbcTemplate jdbc, ObjectMapper json, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.json = json;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(GoodFaithEstimateIssuedEvent event, @SequenceNumber long sequence) {
        GoodFaithEstimateContent content = event.content();
        jdbc.update("""
                INSERT INTO rm_good_faith_estimate (estimate_id, clinic_id, patient_id, scheduled_date, total,
                    currency, content, issued_at, version)
                VALUES (?, ?, ?::uuid, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (estimate_id) DO NOTHING""",
                event.estimateId().value(), event.clinicId(), content.patientId(),
                Date.valueOf(content.scheduledDate()), content.total().amount(),
                content.total().currency().getCurrencyCode(), write(content), Timestamp.from(event.recordedAt()),
                sequence);
        readYourWrites.reached(event.estimateId().toString(), sequence);
    }

    @EventHandler
    void on(BillComparedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                UPDATE rm_good_faith_estimate SET encounter_id = ?, billed_total = ?, excess = ?, flagged = ?,
                    compared_at = ?, version = ?
                WHERE estimate_id = ? AND version < ?""",
                event.encounterId(), event.billedTotal().amount(), event.excess().amount(), event.flagged(),
                Timestamp.from(event.recordedAt()), sequence, event.estimateId().value(), sequence);
        readYourWrites.reached(event.estimateId().toString(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_good_faith_estimate");
    }

    /** Whether the read model shows the estimate at this version or later. */
    public boolean shows(String estimateId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM rm_good_faith_estimate WHERE estimate_id = ?::uuid AND version >= ?)",
                Boolean.class, estimateId, version));
    }

    /** The clinic's estimate; empty for an unknown id or another clinic's. */
    public Optional<GoodFaithEstimateView> find(UUID estimateId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_good_faith_estimate WHERE estimate_id = ? AND clinic_id = ?",
                (rs, n) -> view(rs), estimateId, clinicId).stream().findFirst();
    }

    /**
     * The good-faith estimate a self-pay encounter's bill is compared with: the patient's latest one scheduled for
     * the encounter's first date of service, not yet compared with another encounter's bill.
     */
    public Optional<UUID> forBill(String clinicId, UUID patientId, java.time.LocalDate dateOfService,
            String encounterId) {
        return jdbc.queryForList("""
                SELECT estimate_id FROM rm_good_faith_estimate
                WHERE clinic_id = ? AND patient_id = ? AND scheduled_date = ?
                  AND (encounter_id IS NULL OR encounter_id = ?)
                ORDER BY issued_at DESC, estimate_id LIMIT 1""", UUID.class, clinicId, patientId,
                java.sql.Date.valueOf(dateOfService), encounterId).stream().findFirst();
    }

    /** The clinic's estimates whose bill was flagged, the latest comparison first. */
    public List<FlaggedEstimate> flagged(String clinicId, int limit) {
        return jdbc.query("""
                SELECT * FROM rm_good_faith_estimate WHERE clinic_id = ? AND flagged
                ORDER BY compared_at DESC, estimate_id LIMIT ?""", (rs, n) -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    return new FlaggedEstimate(rs.getString("estimate_id"), rs.getString("patient_id"),
                            rs.getDate("scheduled_date").toLocalDate(), rs.getString("encounter_id"),
                            new Money(rs.getBigDecimal("total"), currency),
                            new Money(rs.getBigDecimal("billed_total"), currency),
                            new Money(rs.getBigDecimal("excess"), currency),
                            rs.getTimestamp("compared_at").toInstant());
                }, clinicId, limit);
    }

    private GoodFaithEstimateView view(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        Timestamp comparedAt = rs.getTimestamp("compared_at");
        GoodFaithEstimateView.Comparison comparison = comparedAt == null ? null
                : new GoodFaithEstimateView.Comparison(rs.getString("encounter_id"),
                        new Money(rs.getBigDecimal("billed_total"), currency),
                        new Money(rs.getBigDecimal("excess"), currency), rs.getBoolean("flagged"),
                        comparedAt.toInstant());
        return new GoodFaithEstimateView(rs.getString("estimate_id"), rs.getTimestamp("issued_at").toInstant(),
                read(rs.getString("content")), comparison, rs.getLong("version"));
    }

    private String write(GoodFaithEstimateContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("estimate content could not be written", e);
        }
    }

    private GoodFaithEstimateContent read(String content) {
        try {
            return json.readValue(content, GoodFaithEstimateContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored estimate content unreadable", e);
        }
    }
}
