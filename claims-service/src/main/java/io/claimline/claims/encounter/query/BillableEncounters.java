package io.claimline.claims.encounter.query;

import io.claimline.claims.patientcopy.query.PatientCopies;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.encounters.v1.EncounterAmended;
import io.claimline.contracts.encounters.v1.EncounterConfirmed;
import io.claimline.contracts.encounters.v1.EncounterDetails;
import io.claimline.contracts.encounters.v1.EncounterVoided;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The billable encounters (rm_billable_encounter and its lines), written from billing's encounter events inside the
 * inbox transaction and read by the API and, later, by claim drafting. Each event carries the whole encounter at a
 * revision, so applying one is "keep the newest revision": an older or equal revision (a duplicate re-publication, a
 * late re-drive) changes nothing, and a gap is fine. Every application is counted, stale ones included, so the
 * reconciliation can compare the count with the inbox.
 */
@Component
public class BillableEncounters {

    static final String NOT_CONFIRMED = "no confirmation was applied for this encounter in this clinic";

    private final JdbcTemplate jdbc;
    private final PatientCopies patients;

    BillableEncounters(JdbcTemplate jdbc, PatientCopies patients) {
        this.jdbc = jdbc;
        this.patients = patients;
    }

    public void confirmed(IntegrationEvent event, EncounterConfirmed confirmed) {
        int inserted = jdbc.update("""
                INSERT INTO rm_billable_encounter (encounter_id, clinic_id, status, revision, patient_id, coverage_id,
                    payer_id, service_from, service_to, place_of_service, location_id, rendering_provider_id,
                    rendering_npi, rendering_given_name, rendering_family_name, rendering_taxonomy, billing_npi,
                    billing_tax_id, billing_legal_name, billing_taxonomy, diagnoses, total_charge,
                    expected_reimbursement, confirmed_by, on_behalf_reason, confirmed_at, applied_events)
                VALUES (?::uuid, ?, 'BILLABLE', ?, ?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?::uuid, ?::uuid, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (encounter_id) DO NOTHING""",
                confirmed.encounterId(), event.clinicId(), confirmed.revision(), confirmed.details().patientId(),
                confirmed.details().coverageId(), confirmed.details().payerId(),
                Date.valueOf(confirmed.details().serviceFrom()), Date.valueOf(confirmed.details().serviceTo()),
                confirmed.details().placeOfService(), confirmed.details().locationId(),
                confirmed.details().renderingProvider().providerId(), confirmed.details().renderingProvider().npi(),
                confirmed.details().renderingProvider().givenName(),
                confirmed.details().renderingProvider().familyName(),
                confirmed.details().renderingProvider().taxonomy(), confirmed.details().billingProvider().npi(),
                confirmed.details().billingProvider().taxId(), confirmed.details().billingProvider().legalName(),
                confirmed.details().billingProvider().taxonomy(), confirmed.details().diagnoses().toArray(String[]::new),
                confirmed.details().totalCharge(), confirmed.details().expectedReimbursement(),
                confirmed.confirmedBy(), confirmed.onBehalfReason(), Timestamp.from(confirmed.confirmedAt()));
        if (inserted == 1) {
            writeReferringProviderAndLines(confirmed.encounterId(), confirmed.details());
            return;
        }
        // Known already: billing published the confirmation again under another event id, or a newer revision got
        // here first through a re-drive. Either way the row holds this revision or a newer one.
        Integer held = heldRevision(event, confirmed.encounterId());
        if (held == null) {
            throw new IntegrationEventRefusedException("this encounter belongs to another clinic");
        }
        replaceIfNewer(confirmed.encounterId(), held, confirmed.revision(), confirmed.details());
    }

    public void amended(IntegrationEvent event, EncounterAmended amended) {
        Integer held = heldRevision(event, amended.encounterId());
        if (held == null) {
            // Partitions keep an encounter's events in order, so its confirmation should be here. If it is not (it
            // was refused or dead-lettered), the amendment is refused, not lost: an operator re-drives it once the
            // confirmation is in, and the revision check keeps a late re-drive from undoing a newer amendment.
            throw new IntegrationEventRefusedException(NOT_CONFIRMED);
        }
        if (replaceIfNewer(amended.encounterId(), held, amended.revision(), amended.details())) {
            jdbc.update("""
                    UPDATE rm_billable_encounter SET amended_by = ?, amendment_reason = ?, amended_at = ?
                    WHERE encounter_id = ?::uuid""",
                    amended.amendedBy(), amended.reason(), Timestamp.from(amended.amendedAt()),
                    amended.encounterId());
        }
    }

    /** Voiding is final: the first void is kept, and no later revision makes the encounter billable again. */
    public void voided(IntegrationEvent event, EncounterVoided voided) {
        Integer held = heldRevision(event, voided.encounterId());
        if (held == null) {
            throw new IntegrationEventRefusedException(NOT_CONFIRMED);
        }
        jdbc.update("""
                UPDATE rm_billable_encounter SET applied_events = applied_events + 1, status = 'VOIDED',
                    voided_by = coalesce(voided_by, ?), void_reason = coalesce(void_reason, ?),
                    voided_at = coalesce(voided_at, ?)
                WHERE encounter_id = ?::uuid""",
                voided.voidedBy(), voided.reason(), Timestamp.from(voided.voidedAt()), voided.encounterId());
    }

    /** The encounter in the clinic, at its latest revision, its patient resolved through any merges. */
    public Optional<BillableEncounter> find(UUID encounterId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_billable_encounter WHERE encounter_id = ? AND clinic_id = ?",
                (rs, n) -> encounter(rs, clinicId), encounterId, clinicId).stream().findFirst();
    }

    /** A page of the clinic's encounters in a status, oldest date of service first. */
    public List<BillableEncounterSummary> list(String clinicId, BillableEncounterStatus status, int offset,
            int limit) {
        return jdbc.query("""
                SELECT e.*, (SELECT count(*) FROM rm_billable_encounter_line l WHERE l.encounter_id = e.encounter_id)
                    AS line_count
                FROM rm_billable_encounter e WHERE e.clinic_id = ? AND e.status = ?
                ORDER BY e.service_from, e.encounter_id OFFSET ? LIMIT ?""",
                (rs, n) -> new BillableEncounterSummary(rs.getString("encounter_id"),
                        BillableEncounterStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
                        rs.getString("patient_id"), currentPatient(rs.getString("patient_id"), clinicId),
                        rs.getString("payer_id"), rs.getDate("service_from").toLocalDate(),
                        rs.getDate("service_to").toLocalDate(), rs.getString("rendering_npi"), rs.getInt("line_count"),
                        money(rs.getBigDecimal("total_charge")), money(rs.getBigDecimal("expected_reimbursement")),
                        instant(rs.getTimestamp("confirmed_at"))),
                clinicId, status.name(), offset, limit);
    }

    /** The revision the clinic's row holds (locked until the transaction ends), or null when it has none. */
    private Integer heldRevision(IntegrationEvent event, String encounterId) {
        return jdbc.query("""
                SELECT revision FROM rm_billable_encounter WHERE encounter_id = ?::uuid AND clinic_id = ?
                FOR UPDATE""", (rs, n) -> rs.getInt(1), encounterId, event.clinicId()).stream().findFirst()
                .orElse(null);
    }

    /** Counts the application; replaces the encounter's details and lines when {@code revision} is newer. */
    private boolean replaceIfNewer(String encounterId, int held, int revision, EncounterDetails details) {
        jdbc.update("UPDATE rm_billable_encounter SET applied_events = applied_events + 1 WHERE encounter_id = ?::uuid",
                encounterId);
        if (revision <= held) {
            return false;
        }
        jdbc.update("""
                UPDATE rm_billable_encounter SET revision = ?, patient_id = ?::uuid, coverage_id = ?::uuid,
                    payer_id = ?::uuid, service_from = ?, service_to = ?, place_of_service = ?, location_id = ?::uuid,
                    rendering_provider_id = ?::uuid, rendering_npi = ?, rendering_given_name = ?,
                    rendering_family_name = ?, rendering_taxonomy = ?, billing_npi = ?, billing_tax_id = ?,
                    billing_legal_name = ?, billing_taxonomy = ?, diagnoses = ?, total_charge = ?,
                    expected_reimbursement = ?
                WHERE encounter_id = ?::uuid""",
                revision, details.patientId(), details.coverageId(), details.payerId(),
                Date.valueOf(details.serviceFrom()), Date.valueOf(details.serviceTo()), details.placeOfService(),
                details.locationId(), details.renderingProvider().providerId(), details.renderingProvider().npi(),
                details.renderingProvider().givenName(), details.renderingProvider().familyName(),
                details.renderingProvider().taxonomy(), details.billingProvider().npi(),
                details.billingProvider().taxId(), details.billingProvider().legalName(),
                details.billingProvider().taxonomy(), details.diagnoses().toArray(String[]::new),
                details.totalCharge(), details.expectedReimbursement(), encounterId);
        jdbc.update("DELETE FROM rm_billable_encounter_line WHERE encounter_id = ?::uuid", encounterId);
        writeReferringProviderAndLines(encounterId, details);
        return true;
    }

    private void writeReferringProviderAndLines(String encounterId, EncounterDetails details) {
        EncounterDetails.ReferringProvider referring = details.referringProvider();
        jdbc.update("""
                UPDATE rm_billable_encounter SET referring_npi = ?, referring_given_name = ?,
                    referring_family_name = ?
                WHERE encounter_id = ?::uuid""",
                referring == null ? null : referring.npi(), referring == null ? null : referring.givenName(),
                referring == null ? null : referring.familyName(), encounterId);
        jdbc.batchUpdate("""
                INSERT INTO rm_billable_encounter_line (encounter_id, line_id, line_number, service_date,
                    procedure_code, modifiers, units, diagnosis_pointers, charge, charge_override_reason,
                    expected_reimbursement, note_key_id, note_ciphertext)
                VALUES (?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                details.lines().stream().map(line -> new Object[] {encounterId, line.lineId(), line.lineNumber(),
                        Date.valueOf(line.serviceDate()), line.procedureCode(),
                        line.modifiers().toArray(String[]::new), line.units(),
                        line.diagnosisPointers().toArray(Integer[]::new), line.charge(),
                        line.chargeOverrideReason(), line.expectedReimbursement(),
                        line.note() == null ? null : line.note().keyId(),
                        line.note() == null ? null : line.note().ciphertext()}).toList());
    }

    private BillableEncounter encounter(ResultSet rs, String clinicId) throws SQLException {
        String encounterId = rs.getString("encounter_id");
        String patientId = rs.getString("patient_id");
        String referringNpi = rs.getString("referring_npi");
        Timestamp amendedAt = rs.getTimestamp("amended_at");
        Timestamp voidedAt = rs.getTimestamp("voided_at");
        return new BillableEncounter(encounterId, BillableEncounterStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"), patientId, currentPatient(patientId, clinicId), rs.getString("coverage_id"),
                rs.getString("payer_id"), rs.getDate("service_from").toLocalDate(),
                rs.getDate("service_to").toLocalDate(), rs.getString("place_of_service"),
                rs.getString("location_id"),
                new BillableEncounter.RenderingProvider(rs.getString("rendering_provider_id"),
                        rs.getString("rendering_npi"), rs.getString("rendering_given_name"),
                        rs.getString("rendering_family_name"), rs.getString("rendering_taxonomy")),
                new BillableEncounter.BillingProvider(rs.getString("billing_npi"), rs.getString("billing_tax_id"),
                        rs.getString("billing_legal_name"), rs.getString("billing_taxonomy")),
                referringNpi == null ? null : new BillableEncounter.ReferringProvider(referringNpi,
                        rs.getString("referring_given_name"), rs.getString("referring_family_name")),
                strings(rs.getArray("diagnoses")), lines(encounterId),
                money(rs.getBigDecimal("total_charge")), money(rs.getBigDecimal("expected_reimbursement")),
                new BillableEncounter.Confirmation(rs.getString("confirmed_by"), rs.getString("on_behalf_reason"),
                        instant(rs.getTimestamp("confirmed_at"))),
                amendedAt == null ? null : new BillableEncounter.Amendment(rs.getString("amended_by"),
                        rs.getString("amendment_reason"), amendedAt.toInstant()),
                voidedAt == null ? null : new BillableEncounter.Voiding(rs.getString("voided_by"),
                        rs.getString("void_reason"), voidedAt.toInstant()));
    }

    private List<BillableEncounter.Line> lines(String encounterId) {
        return jdbc.query("""
                SELECT * FROM rm_billable_encounter_line WHERE encounter_id = ?::uuid ORDER BY line_number""",
                (rs, n) -> new BillableEncounter.Line(rs.getString("line_id"), rs.getInt("line_number"),
                        rs.getDate("service_date").toLocalDate(), rs.getString("procedure_code"),
                        strings(rs.getArray("modifiers")), rs.getInt("units"),
                        List.of((Integer[]) rs.getArray("diagnosis_pointers").getArray()),
                        money(rs.getBigDecimal("charge")), rs.getString("charge_override_reason"),
                        money(rs.getBigDecimal("expected_reimbursement")),
                        rs.getString("note_key_id") == null ? null : new io.claimline.platform.phi.SealedValue(
                                rs.getString("note_key_id"), rs.getString("note_ciphertext"))),
                encounterId);
    }

    /** The patient who answers for the recorded one: the survivor of a merge, or the same id when not merged. */
    private String currentPatient(String patientId, String clinicId) {
        return patients.live(UUID.fromString(patientId), clinicId).map(UUID::toString).orElse(patientId);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, Money.USD);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
