package io.claimline.claims.patientcopy.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.patients.v1.Coverage;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.CoverageChanged;
import io.claimline.contracts.patients.v1.CoverageEnded;
import io.claimline.contracts.patients.v1.CoveragesReordered;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import io.claimline.platform.phi.PhiVault;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * claims' copy of each patient's coverages, as an 837 needs them: payer, plan, group, relationship, priority,
 * dates, and the member id and subscriber sealed under the patient's key (opened only through the vault, when a
 * claim is written). Written from patient events inside the inbox transaction; a change older than the row (a
 * late re-drive) leaves it as it is, a change to a coverage never added is refused, not lost.
 */
@Component
public class CoverageCopies {

    public static final String MEMBER_ID = "memberId";
    /** What an 837 prints of a subscriber (2010BA NM1, N3/N4, DMG). */
    static final List<String> SUBSCRIBER_FIELDS = List.of("givenName", "familyName", "dateOfBirth", "sex",
            "address");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final PatientCopies patients;

    CoverageCopies(JdbcTemplate jdbc, ObjectMapper json, PatientCopies patients) {
        this.jdbc = jdbc;
        this.json = json;
        this.patients = patients;
    }

    public void added(IntegrationEvent event, CoverageAdded added) {
        Coverage c = added.coverage();
        jdbc.update("""
                INSERT INTO rm_coverage_copy (coverage_id, clinic_id, patient_id, payer_id, plan_name, member_id,
                    group_number, relationship, subscriber, priority, effective_date, termination_date,
                    last_sequence, applied_events)
                VALUES (?::uuid, ?, ?::uuid, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, 1)
                ON CONFLICT (coverage_id) DO UPDATE SET applied_events = rm_coverage_copy.applied_events + 1""",
                c.coverageId(), event.clinicId(), added.patientId(), c.payerId(), c.planName(),
                SealedJson.write(json, c.memberId()), c.groupNumber(), c.relationship(), subscriber(c),
                c.priority(), date(c.effectiveDate()), date(c.terminationDate()), event.sequence());
    }

    public void changed(IntegrationEvent event, CoverageChanged changed) {
        Coverage c = changed.coverage();
        long s = event.sequence();
        requireCoverage(jdbc.update("""
                UPDATE rm_coverage_copy SET applied_events = applied_events + 1,
                    payer_id = CASE WHEN ? > last_sequence THEN ? ELSE payer_id END,
                    plan_name = CASE WHEN ? > last_sequence THEN ? ELSE plan_name END,
                    member_id = CASE WHEN ? > last_sequence THEN ?::jsonb ELSE member_id END,
                    group_number = CASE WHEN ? > last_sequence THEN ? ELSE group_number END,
                    relationship = CASE WHEN ? > last_sequence THEN ? ELSE relationship END,
                    subscriber = CASE WHEN ? > last_sequence THEN ?::jsonb ELSE subscriber END,
                    priority = CASE WHEN ? > last_sequence THEN ? ELSE priority END,
                    effective_date = CASE WHEN ? > last_sequence THEN ? ELSE effective_date END,
                    termination_date = CASE WHEN ? > last_sequence THEN ? ELSE termination_date END,
                    last_sequence = greatest(last_sequence, ?)
                WHERE coverage_id = ?::uuid AND patient_id = ?::uuid""",
                s, c.payerId(), s, c.planName(), s, SealedJson.write(json, c.memberId()), s, c.groupNumber(),
                s, c.relationship(), s, subscriber(c), s, c.priority(), s, date(c.effectiveDate()),
                s, date(c.terminationDate()), s, c.coverageId(), changed.patientId()));
    }

    public void ended(IntegrationEvent event, CoverageEnded ended) {
        long s = event.sequence();
        requireCoverage(jdbc.update("""
                UPDATE rm_coverage_copy SET applied_events = applied_events + 1,
                    termination_date = CASE WHEN ? > last_sequence THEN ? ELSE termination_date END,
                    ended = CASE WHEN ? > last_sequence THEN TRUE ELSE ended END,
                    last_sequence = greatest(last_sequence, ?)
                WHERE coverage_id = ?::uuid AND patient_id = ?::uuid""",
                s, date(ended.terminationDate()), s, s, ended.coverageId(), ended.patientId()));
    }

    public void reordered(IntegrationEvent event, CoveragesReordered reordered) {
        long s = event.sequence();
        for (CoveragesReordered.Entry entry : reordered.order()) {
            requireCoverage(jdbc.update("""
                    UPDATE rm_coverage_copy SET applied_events = applied_events + 1,
                        priority = CASE WHEN ? > last_sequence THEN ? ELSE priority END,
                        last_sequence = greatest(last_sequence, ?)
                    WHERE coverage_id = ?::uuid AND patient_id = ?::uuid""",
                    s, entry.priority(), s, entry.coverageId(), reordered.patientId()));
        }
    }

    /**
     * The coverages of the patient who answers for {@code patientId} (a merged duplicate's survivor), primary
     * first, ended last; empty when the clinic has no such patient.
     */
    public Optional<List<ClaimCoverage>> ofPatient(UUID patientId, String clinicId) {
        return patients.live(patientId, clinicId).map(live -> jdbc.query("""
                SELECT * FROM rm_coverage_copy WHERE patient_id = ? AND clinic_id = ?
                ORDER BY ended, CASE priority WHEN 'PRIMARY' THEN 1 WHEN 'SECONDARY' THEN 2 WHEN 'TERTIARY' THEN 3
                    ELSE 4 END, effective_date, coverage_id""",
                (rs, n) -> coverage(rs), live, clinicId));
    }

    /**
     * The sealed member id and subscriber of one coverage of the patient who answers for {@code patientId}, as the
     * vault opens them: all under the patient's key, so every field names the patient as its subject. A SELF
     * coverage's subscriber is the patient: their own name, date of birth, sex and address.
     */
    public Optional<SealedSubscriber> sealedSubscriber(UUID patientId, UUID coverageId, String clinicId) {
        return patients.live(patientId, clinicId).flatMap(live -> jdbc.query("""
                SELECT relationship, member_id::text AS member_id, subscriber::text AS subscriber
                FROM rm_coverage_copy WHERE coverage_id = ? AND patient_id = ? AND clinic_id = ?""",
                (rs, n) -> new Row(rs.getString("relationship"), rs.getString("member_id"),
                        rs.getString("subscriber")),
                coverageId, live, clinicId).stream().findFirst().flatMap(row -> {
                    String subject = live.toString();
                    List<PhiVault.SealedField> fields = new ArrayList<>(SealedJson.fields(json, subject,
                            "{\"" + MEMBER_ID + "\":" + row.memberId() + "}", List.of(MEMBER_ID)));
                    if (row.subscriber() != null) {
                        fields.addAll(SealedJson.fields(json, subject, row.subscriber(), SUBSCRIBER_FIELDS));
                    } else {
                        Optional<List<PhiVault.SealedField>> self = patients.sealedAsSubscriber(live, clinicId);
                        if (self.isEmpty()) {
                            return Optional.empty();
                        }
                        fields.addAll(self.get());
                    }
                    return Optional.of(new SealedSubscriber(subject, row.relationship(), fields));
                }));
    }

    private record Row(String relationship, String memberId, String subscriber) {
    }

    /** The sealed fields of a coverage's subscriber, labelled for the vault; {@code patientId} after any merge. */
    public record SealedSubscriber(String patientId, String relationship, List<PhiVault.SealedField> fields) {
    }

    private String subscriber(Coverage c) {
        return c.subscriber() == null ? null : SealedJson.write(json, c.subscriber());
    }

    private static ClaimCoverage coverage(ResultSet rs) throws SQLException {
        return new ClaimCoverage(rs.getString("coverage_id"), rs.getString("patient_id"), rs.getString("payer_id"),
                rs.getString("plan_name"), rs.getString("group_number"), rs.getString("relationship"),
                rs.getString("subscriber") != null, rs.getString("priority"), localDate(rs, "effective_date"),
                localDate(rs, "termination_date"), rs.getBoolean("ended"), rs.getLong("last_sequence"));
    }

    private static void requireCoverage(int updated) {
        if (updated == 0) {
            // A patient's events keep their order on one partition, so the coverage should be here; if it is not
            // (refused or dead-lettered), this event is refused with that reason and can be re-driven later.
            throw new IntegrationEventRefusedException("no coverage was applied for this coverage id and patient");
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
