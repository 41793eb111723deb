package io.claimline.platform.copies;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.contracts.payers.v1.PayerChanged;
import io.claimline.contracts.payers.v1.PayerDeactivated;
import io.claimline.contracts.payers.v1.PayerReactivated;
import io.claimline.contracts.payers.v1.PayerTerms;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import io.claimline.platform.kernel.UsAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payer copy that billing-service and claims-service each keep in their own {@code rm_payer_copy} table (same
 * columns, each service's own migration): one helper instead of the same SQL twice. The handlers run inside the
 * inbox transaction, which already applies each event id once; the sequence guards make a late or re-driven event
 * never overwrite a newer one. {@code PayerAdded} and {@code PayerChanged} carry every value, so either makes a
 * complete row; only an (de)activation with no row before it is refused (an operator re-drives it).
 */
public final class PayerCopyTable {

    private final JdbcTemplate jdbc;

    public PayerCopyTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void added(IntegrationEvent event, PayerAdded payer) {
        upsert(event, payer.payerId(), payer.terms(), true);
    }

    public void changed(IntegrationEvent event, PayerChanged payer) {
        upsert(event, payer.payerId(), payer.terms(), null);
    }

    public void deactivated(IntegrationEvent event, PayerDeactivated payer) {
        active(event, payer.payerId(), false);
    }

    public void reactivated(IntegrationEvent event, PayerReactivated payer) {
        active(event, payer.payerId(), true);
    }

    /** The payer, if this service has heard of it in the clinic (active or not: see {@link PayerCopy#active()}). */
    public Optional<PayerCopy> find(String clinicId, UUID payerId) {
        return jdbc.query("SELECT * FROM rm_payer_copy WHERE payer_id = ? AND clinic_id = ?", PayerCopyTable::copy,
                payerId, clinicId).stream().findFirst();
    }

    /** {@code active} null keeps the row's (a change does not (de)activate; a first row is active). */
    private void upsert(IntegrationEvent event, String payerId, PayerTerms t, Boolean active) {
        jdbc.update("""
                INSERT INTO rm_payer_copy (payer_id, clinic_id, name, edi_payer_id, claim_filing_indicator,
                    initial_claim_days, corrected_claim_days, appeal_days, address_line1, address_line2, city, state,
                    postal_code, phone, accepts_electronic_claims, active, last_sequence, applied_events)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (payer_id) DO UPDATE SET applied_events = rm_payer_copy.applied_events + 1,
                    name = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.name ELSE rm_payer_copy.name END,
                    edi_payer_id = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.edi_payer_id ELSE rm_payer_copy.edi_payer_id END,
                    claim_filing_indicator = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.claim_filing_indicator ELSE rm_payer_copy.claim_filing_indicator END,
                    initial_claim_days = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.initial_claim_days ELSE rm_payer_copy.initial_claim_days END,
                    corrected_claim_days = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.corrected_claim_days ELSE rm_payer_copy.corrected_claim_days END,
                    appeal_days = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.appeal_days ELSE rm_payer_copy.appeal_days END,
                    address_line1 = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.address_line1 ELSE rm_payer_copy.address_line1 END,
                    address_line2 = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.address_line2 ELSE rm_payer_copy.address_line2 END,
                    city = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.city ELSE rm_payer_copy.city END,
                    state = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.state ELSE rm_payer_copy.state END,
                    postal_code = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.postal_code ELSE rm_payer_copy.postal_code END,
                    phone = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.phone ELSE rm_payer_copy.phone END,
                    accepts_electronic_claims = CASE WHEN excluded.last_sequence > rm_payer_copy.last_sequence
                        THEN excluded.accepts_electronic_claims ELSE rm_payer_copy.accepts_electronic_claims END,
                    last_sequence = greatest(rm_payer_copy.last_sequence, excluded.last_sequence)""",
                payerId, event.clinicId(), t.name(), t.ediPayerId(), t.claimFilingIndicator(), t.initialClaimDays(),
                t.correctedClaimDays(), t.appealDays(), t.address().line1(), t.address().line2(), t.address().city(),
                t.address().state(), t.address().postalCode(), t.phone(), t.acceptsElectronicClaims(),
                active == null || active, event.sequence());
    }

    private void active(IntegrationEvent event, String payerId, boolean active) {
        int updated = jdbc.update("""
                UPDATE rm_payer_copy SET applied_events = applied_events + 1,
                    active = CASE WHEN ? > last_sequence THEN ? ELSE active END,
                    last_sequence = greatest(last_sequence, ?)
                WHERE payer_id = ?::uuid""", event.sequence(), active, event.sequence(), payerId);
        if (updated == 0) {
            throw new IntegrationEventRefusedException("no PayerAdded or PayerChanged was applied for this payer");
        }
    }

    private static PayerCopy copy(ResultSet rs, int row) throws SQLException {
        return new PayerCopy(rs.getString("payer_id"), rs.getString("name"), rs.getString("edi_payer_id"),
                rs.getString("claim_filing_indicator"), rs.getInt("initial_claim_days"),
                rs.getInt("corrected_claim_days"), rs.getInt("appeal_days"),
                new UsAddress(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
                        rs.getString("state"), rs.getString("postal_code")),
                rs.getString("phone"), rs.getBoolean("accepts_electronic_claims"), rs.getBoolean("active"),
                rs.getLong("last_sequence"));
    }
}
