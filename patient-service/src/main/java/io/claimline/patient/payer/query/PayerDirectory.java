package io.claimline.patient.payer.query;

import io.claimline.patient.payer.api.PayerAddedEvent;
import io.claimline.patient.payer.api.PayerChangedEvent;
import io.claimline.patient.payer.api.PayerDeactivatedEvent;
import io.claimline.patient.payer.api.PayerDetails;
import io.claimline.patient.payer.api.PayerReactivatedEvent;
import io.claimline.platform.kernel.UsAddress;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
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
 * The clinic's payers: the projection that keeps {@code rm_payer} (idempotent writes, so a replay rebuilds the same
 * rows) and the queries on it. Other features of this service (coverage) ask it whether a payer exists in a clinic
 * and is active.
 */
@Component
@ProcessingGroup(PayerDirectory.PROCESSING_GROUP)
@ReadModel(@ReadModel.Table(name = "rm_payer", aggregateIdColumn = "payer_id", clinicIdColumn = "clinic_id"))
public class PayerDirectory {

    public static final String PROCESSING_GROUP = "payer-directory";
    public static final int MAX_PAGE_SIZE = 100;

    private final JdbcTemplate jdbc;
    private final ReadYourWrites readYourWrites;

    public PayerDirectory(JdbcTemplate jdbc, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(PayerAddedEvent event, @SequenceNumber long sequence) {
        PayerDetails d = event.details();
        jdbc.update("""
                INSERT INTO rm_payer (payer_id, clinic_id, name, edi_payer_id, claim_filing_indicator,
                    initial_claim_days, corrected_claim_days, appeal_days, address_line1, address_line2, city, state,
                    postal_code, phone, accepts_electronic_claims, active, added_at, changed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, NULL, ?)
                ON CONFLICT (payer_id) DO NOTHING""",
                event.payerId().value(), event.clinicId(), d.name(), d.ediPayerId(), d.claimFilingIndicator(),
                d.initialClaimDays(), d.correctedClaimDays(), d.appealDays(), d.address().line1(),
                d.address().line2(), d.address().city(), d.address().state(), d.address().postalCode(), d.phone(),
                d.acceptsElectronicClaims(), Timestamp.from(event.addedAt()), sequence);
        readYourWrites.reached(event.payerId().toString(), sequence);
    }

    @EventHandler
    void on(PayerChangedEvent event, @SequenceNumber long sequence) {
        PayerDetails d = event.details();
        jdbc.update("""
                UPDATE rm_payer SET name = ?, edi_payer_id = ?, claim_filing_indicator = ?, initial_claim_days = ?,
                    corrected_claim_days = ?, appeal_days = ?, address_line1 = ?, address_line2 = ?, city = ?,
                    state = ?, postal_code = ?, phone = ?, accepts_electronic_claims = ?, changed_at = ?, version = ?
                WHERE payer_id = ? AND version < ?""",
                d.name(), d.ediPayerId(), d.claimFilingIndicator(), d.initialClaimDays(), d.correctedClaimDays(),
                d.appealDays(), d.address().line1(), d.address().line2(), d.address().city(), d.address().state(),
                d.address().postalCode(), d.phone(), d.acceptsElectronicClaims(), Timestamp.from(event.changedAt()),
                sequence, event.payerId().value(), sequence);
        readYourWrites.reached(event.payerId().toString(), sequence);
    }

    @EventHandler
    void on(PayerDeactivatedEvent event, @SequenceNumber long sequence) {
        active(event.payerId().value(), false, event.deactivatedAt(), sequence);
    }

    @EventHandler
    void on(PayerReactivatedEvent event, @SequenceNumber long sequence) {
        active(event.payerId().value(), true, event.reactivatedAt(), sequence);
    }

    private void active(UUID payerId, boolean active, java.time.Instant at, long sequence) {
        jdbc.update("UPDATE rm_payer SET active = ?, changed_at = ?, version = ? WHERE payer_id = ? AND version < ?",
                active, Timestamp.from(at), sequence, payerId, sequence);
        readYourWrites.reached(payerId.toString(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_payer");
    }

    /** The payer, if it exists and belongs to the clinic (active or not: see {@link PayerView#active()}). */
    public Optional<PayerView> find(String clinicId, UUID payerId) {
        return jdbc.query("SELECT * FROM rm_payer WHERE payer_id = ? AND clinic_id = ?", PayerDirectory::view,
                payerId, clinicId).stream().findFirst();
    }

    /**
     * A page of the clinic's payers ordered by name: those whose name contains {@code nameContains} (any case;
     * null or blank for all), only active ones when {@code activeOnly}. {@code page} counts from 0.
     */
    public PayerPage list(String clinicId, String nameContains, boolean activeOnly, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_PAGE_SIZE);
        }
        StringBuilder where = new StringBuilder(" WHERE clinic_id = ?");
        List<Object> args = new ArrayList<>(List.of(clinicId));
        if (nameContains != null && !nameContains.isBlank()) {
            where.append(" AND lower(name) LIKE ? ESCAPE '\\'");
            args.add("%" + escapeLike(nameContains.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (activeOnly) {
            where.append(" AND active");
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM rm_payer" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<PayerView> items = jdbc.query("SELECT * FROM rm_payer" + where
                + " ORDER BY lower(name), payer_id LIMIT ? OFFSET ?", PayerDirectory::view, pageArgs.toArray());
        return new PayerPage(items, page, size, total == null ? 0 : total);
    }

    /** Whether the read model shows the payer for this clinic at this version or later. */
    public boolean shows(String clinicId, UUID payerId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM rm_payer WHERE payer_id = ? AND clinic_id = ? AND version >= ?)",
                Boolean.class, payerId, clinicId, version));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PayerView view(ResultSet rs, int row) throws SQLException {
        return new PayerView(rs.getString("payer_id"), rs.getString("name"), rs.getString("edi_payer_id"),
                rs.getString("claim_filing_indicator"), rs.getInt("initial_claim_days"),
                rs.getInt("corrected_claim_days"), rs.getInt("appeal_days"),
                new UsAddress(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
                        rs.getString("state"), rs.getString("postal_code")),
                rs.getString("phone"), rs.getBoolean("accepts_electronic_claims"), rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
