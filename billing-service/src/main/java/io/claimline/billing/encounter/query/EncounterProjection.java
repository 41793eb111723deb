package io.claimline.billing.encounter.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.billing.encounter.api.EncounterAmendedEvent;
import io.claimline.billing.encounter.api.EncounterConfirmedEvent;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterDiscardedEvent;
import io.claimline.billing.encounter.api.EncounterId;
import io.claimline.billing.encounter.api.EncounterRecordedEvent;
import io.claimline.billing.encounter.api.EncounterRevisedEvent;
import io.claimline.billing.encounter.api.EncounterStatus;
import io.claimline.billing.encounter.api.EncounterVoidedEvent;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Encounters for reads and the provider review queue. Each event rewrites the row only when it is newer than what
 * the row shows (by sequence), so a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(EncounterProjection.PROCESSING_GROUP)
@ReadModel(@ReadModel.Table(name = "rm_encounter", aggregateIdColumn = "encounter_id", clinicIdColumn = "clinic_id"))
public class EncounterProjection {

    public static final String PROCESSING_GROUP = "encounters";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    public EncounterProjection(JdbcTemplate jdbc, ObjectMapper json, ReadYourWrites readYourWrites, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @EventHandler
    void on(EncounterRecordedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        EncounterData data = event.data();
        jdbc.update("""
                INSERT INTO rm_encounter (encounter_id, clinic_id, patient_id, coverage_id, status, revision, version,
                    rendering_provider_id, rendering_npi, service_from, service_to, total_charge,
                    expected_reimbursement, recorded_at, recorded_by, data)
                VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (encounter_id) DO NOTHING""",
                event.encounterId().value(), event.clinicId(), data.patientId(), data.coverageId(),
                EncounterStatus.PENDING_PROVIDER_REVIEW.name(), sequence, data.renderingProvider().providerId(),
                data.renderingProvider().npi(), Date.valueOf(data.serviceFrom()), Date.valueOf(data.serviceTo()),
                data.totalCharge().amount(), amount(data.expectedReimbursement()), Timestamp.from(event.recordedAt()),
                userId == null ? "unknown" : userId, write(data));
        reached(event.encounterId(), sequence);
    }

    @EventHandler
    void on(EncounterRevisedEvent event, @SequenceNumber long sequence) {
        replaceData(event.encounterId(), event.data(), null, sequence);
    }

    @EventHandler
    void on(EncounterConfirmedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        replaceData(event.encounterId(), event.data(), 1, sequence);
        jdbc.update("""
                UPDATE rm_encounter SET status = ?, confirmed_at = ?, confirmed_by = ?, on_behalf_reason = ?
                WHERE encounter_id = ? AND version = ?""",
                EncounterStatus.CONFIRMED.name(), Timestamp.from(event.confirmedAt()), userId,
                event.onBehalfReason(), event.encounterId().value(), sequence);
    }

    @EventHandler
    void on(EncounterAmendedEvent event, @SequenceNumber long sequence) {
        replaceData(event.encounterId(), event.data(), event.revision(), sequence);
    }

    @EventHandler
    void on(EncounterVoidedEvent event, @SequenceNumber long sequence) {
        voided(event.encounterId(), event.voidedAt(), sequence);
    }

    @EventHandler
    void on(EncounterDiscardedEvent event, @SequenceNumber long sequence) {
        voided(event.encounterId(), event.discardedAt(), sequence);
    }

    private void voided(EncounterId encounterId, Instant at, long sequence) {
        jdbc.update("UPDATE rm_encounter SET status = ?, voided_at = ?, version = ? WHERE encounter_id = ? "
                        + "AND version < ?",
                EncounterStatus.VOIDED.name(), Timestamp.from(at), sequence, encounterId.value(), sequence);
        reached(encounterId, sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_encounter");
    }

    private void replaceData(EncounterId encounterId, EncounterData data, Integer revision, long sequence) {
        jdbc.update("""
                UPDATE rm_encounter SET data = ?::jsonb, coverage_id = ?, rendering_provider_id = ?, rendering_npi = ?,
                    service_from = ?, service_to = ?, total_charge = ?, expected_reimbursement = ?,
                    revision = COALESCE(?, revision), version = ?
                WHERE encounter_id = ? AND version < ?""",
                write(data), data.coverageId(), data.renderingProvider().providerId(), data.renderingProvider().npi(),
                Date.valueOf(data.serviceFrom()), Date.valueOf(data.serviceTo()), data.totalCharge().amount(),
                amount(data.expectedReimbursement()), revision, sequence, encounterId.value(), sequence);
        reached(encounterId, sequence);
    }

    private void reached(EncounterId encounterId, long sequence) {
        readYourWrites.reached(encounterId.toString(), sequence);
    }

    /** Whether the read model shows the encounter at this version or later. */
    public boolean shows(String encounterId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM rm_encounter WHERE encounter_id = ?::uuid AND version >= ?)",
                Boolean.class, encounterId, version));
    }

    public Optional<EncounterView> find(String clinicId, String encounterId) {
        return jdbc.query("SELECT * FROM rm_encounter WHERE encounter_id = ?::uuid AND clinic_id = ?",
                (rs, row) -> view(rs), encounterId, clinicId).stream().findFirst();
    }

    /** The clinic's encounters pending provider review, oldest first; only one provider's when {@code npi} is set. */
    public List<PendingReview> reviewQueue(String clinicId, String npi, int page, int size) {
        Instant now = clock.instant();
        return jdbc.query("""
                SELECT encounter_id, patient_id, rendering_npi, service_from, recorded_at, version FROM rm_encounter
                WHERE clinic_id = ? AND status = 'PENDING_PROVIDER_REVIEW' AND (?::text IS NULL OR rendering_npi = ?)
                ORDER BY recorded_at, encounter_id LIMIT ? OFFSET ?""",
                (rs, row) -> {
                    Instant recordedAt = rs.getTimestamp("recorded_at").toInstant();
                    Duration age = Duration.between(recordedAt, now);
                    return new PendingReview(rs.getString("encounter_id"), rs.getString("patient_id"),
                            rs.getString("rendering_npi"), rs.getDate("service_from").toLocalDate(), recordedAt, age,
                            age.toDays(), rs.getLong("version"));
                },
                clinicId, npi, npi, size, (long) page * size);
    }

    private EncounterView view(ResultSet rs) throws SQLException {
        EncounterData data = read(rs.getString("data"));
        return new EncounterView(rs.getString("encounter_id"), EncounterStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"), rs.getLong("version"), data, money(rs.getBigDecimal("total_charge")),
                money(rs.getBigDecimal("expected_reimbursement")), instant(rs.getTimestamp("recorded_at")),
                rs.getString("recorded_by"), instant(rs.getTimestamp("confirmed_at")), rs.getString("confirmed_by"),
                rs.getString("on_behalf_reason"), instant(rs.getTimestamp("voided_at")));
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, Money.USD);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String write(EncounterData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("encounter data could not be written as JSON", e);
        }
    }

    private EncounterData read(String data) {
        try {
            return json.readValue(data, EncounterData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("encounter data could not be read", e);
        }
    }
}
