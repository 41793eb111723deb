package io.claimline.billing.account.query;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.patients.v1.Benefits;
import io.claimline.contracts.patients.v1.Coverage;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.CoverageChanged;
import io.claimline.contracts.patients.v1.CoverageEnded;
import io.claimline.contracts.patients.v1.CoveragesReordered;
import io.claimline.contracts.patients.v1.EligibilityChecked;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * billing's copy of each patient's coverages, as a patient-responsibility estimate needs them: payer, plan,
 * priority, dates, benefits and the last eligibility answer. Written from patient events inside the inbox
 * transaction. The member id and the subscriber are not kept: billing has no use for them. A change older than
 * the row (a late re-drive) leaves the row as it is; a change to a coverage never added is refused, not lost.
 */
@Component
public class CoverageCopies {

    private final JdbcTemplate jdbc;

    CoverageCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void added(IntegrationEvent event, CoverageAdded added) {
        Coverage c = added.coverage();
        Benefits b = benefits(c.benefits());
        jdbc.update("""
                INSERT INTO rm_coverage_copy (coverage_id, clinic_id, patient_id, payer_id, plan_name, priority,
                    effective_date, termination_date, copay, coinsurance, deductible, deductible_remaining,
                    out_of_pocket_max, out_of_pocket_remaining, last_sequence, applied_events)
                VALUES (?::uuid, ?, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (coverage_id) DO UPDATE SET applied_events = rm_coverage_copy.applied_events + 1""",
                c.coverageId(), event.clinicId(), added.patientId(), c.payerId(), c.planName(), c.priority(),
                date(c.effectiveDate()), date(c.terminationDate()), b.copay(), b.coinsurance(), b.deductible(),
                b.deductibleRemaining(), b.outOfPocketMax(), b.outOfPocketRemaining(), event.sequence());
    }

    public void changed(IntegrationEvent event, CoverageChanged changed) {
        Coverage c = changed.coverage();
        Benefits b = benefits(c.benefits());
        long s = event.sequence();
        requireCoverage(jdbc.update("""
                UPDATE rm_coverage_copy SET applied_events = applied_events + 1,
                    payer_id = CASE WHEN ? > last_sequence THEN ? ELSE payer_id END,
                    plan_name = CASE WHEN ? > last_sequence THEN ? ELSE plan_name END,
                    priority = CASE WHEN ? > last_sequence THEN ? ELSE priority END,
                    effective_date = CASE WHEN ? > last_sequence THEN ? ELSE effective_date END,
                    termination_date = CASE WHEN ? > last_sequence THEN ? ELSE termination_date END,
                    copay = CASE WHEN ? > last_sequence THEN ? ELSE copay END,
                    coinsurance = CASE WHEN ? > last_sequence THEN ? ELSE coinsurance END,
                    deductible = CASE WHEN ? > last_sequence THEN ? ELSE deductible END,
                    deductible_remaining = CASE WHEN ? > last_sequence THEN ? ELSE deductible_remaining END,
                    out_of_pocket_max = CASE WHEN ? > last_sequence THEN ? ELSE out_of_pocket_max END,
                    out_of_pocket_remaining = CASE WHEN ? > last_sequence THEN ? ELSE out_of_pocket_remaining END,
                    last_sequence = greatest(last_sequence, ?)
                WHERE coverage_id = ?::uuid AND patient_id = ?::uuid""",
                s, c.payerId(), s, c.planName(), s, c.priority(), s, date(c.effectiveDate()),
                s, date(c.terminationDate()), s, b.copay(), s, b.coinsurance(), s, b.deductible(),
                s, b.deductibleRemaining(), s, b.outOfPocketMax(), s, b.outOfPocketRemaining(), s,
                c.coverageId(), changed.patientId()));
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

    /** The latest answer wins, by the patient's event sequence; eligibility never changes the coverage's terms. */
    public void eligibilityChecked(IntegrationEvent event, EligibilityChecked checked) {
        long s = event.sequence();
        requireCoverage(jdbc.update("""
                UPDATE rm_coverage_copy SET applied_events = applied_events + 1,
                    eligibility_status = CASE WHEN ? > coalesce(eligibility_sequence, -1) THEN ?
                        ELSE eligibility_status END,
                    eligibility_date_of_service = CASE WHEN ? > coalesce(eligibility_sequence, -1) THEN ?
                        ELSE eligibility_date_of_service END,
                    eligibility_plan_begin = CASE WHEN ? > coalesce(eligibility_sequence, -1) THEN ?
                        ELSE eligibility_plan_begin END,
                    eligibility_plan_end = CASE WHEN ? > coalesce(eligibility_sequence, -1) THEN ?
                        ELSE eligibility_plan_end END,
                    eligibility_checked_at = CASE WHEN ? > coalesce(eligibility_sequence, -1) THEN ?
                        ELSE eligibility_checked_at END,
                    eligibility_sequence = greatest(coalesce(eligibility_sequence, -1), ?)
                WHERE coverage_id = ?::uuid AND patient_id = ?::uuid""",
                s, checked.status(), s, date(checked.dateOfService()), s, date(checked.planBegin()),
                s, date(checked.planEnd()), s, Timestamp.from(checked.checkedAt()), s,
                checked.coverageId(), checked.patientId()));
    }

    /** The patient's coverages in the order they pay (primary first), ended ones last. */
    /** One coverage of one patient of the clinic, as billing last heard of it. */
    public java.util.Optional<CoverageCopy> find(UUID patientId, UUID coverageId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_coverage_copy WHERE coverage_id = ? AND patient_id = ? AND clinic_id = ?",
                (rs, n) -> row(rs), coverageId, patientId, clinicId).stream().findFirst();
    }

    /** Whether billing has heard of the patient in the clinic (every registered patient has a responsible account). */
    public boolean isPatientOf(UUID patientId, String clinicId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM account_responsibility WHERE patient_id = ? AND clinic_id = ?)",
                Boolean.class, patientId, clinicId));
    }

    public List<CoverageCopy> ofPatient(UUID patientId, String clinicId) {
        return jdbc.query("""
                SELECT * FROM rm_coverage_copy WHERE patient_id = ? AND clinic_id = ?
                ORDER BY ended, CASE priority WHEN 'PRIMARY' THEN 1 WHEN 'SECONDARY' THEN 2 WHEN 'TERTIARY' THEN 3
                    ELSE 4 END, effective_date, coverage_id""",
                (rs, n) -> row(rs), patientId, clinicId);
    }

    private static CoverageCopy row(ResultSet rs) throws SQLException {
        Timestamp checkedAt = rs.getTimestamp("eligibility_checked_at");
        return new CoverageCopy(rs.getString("coverage_id"), rs.getString("patient_id"), rs.getString("payer_id"),
                rs.getString("plan_name"), rs.getString("priority"), localDate(rs, "effective_date"),
                localDate(rs, "termination_date"), rs.getBoolean("ended"),
                new CoverageCopy.Benefits(rs.getBigDecimal("copay"), rs.getBigDecimal("coinsurance"),
                        rs.getBigDecimal("deductible"), rs.getBigDecimal("deductible_remaining"),
                        rs.getBigDecimal("out_of_pocket_max"), rs.getBigDecimal("out_of_pocket_remaining")),
                rs.getString("eligibility_status") == null ? null : new CoverageCopy.Eligibility(
                        rs.getString("eligibility_status"), localDate(rs, "eligibility_date_of_service"),
                        localDate(rs, "eligibility_plan_begin"), localDate(rs, "eligibility_plan_end"),
                        checkedAt.toInstant()),
                rs.getLong("last_sequence"));
    }

    private static void requireCoverage(int updated) {
        if (updated == 0) {
            // A patient's events keep their order on one partition, so the coverage should be here; if it is not
            // (refused or dead-lettered), this event is refused with that reason and can be re-driven later.
            throw new IntegrationEventRefusedException("no coverage was applied for this coverage id and patient");
        }
    }

    private static Benefits benefits(Benefits benefits) {
        return benefits != null ? benefits : new Benefits(null, null, null, null, null, null);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
