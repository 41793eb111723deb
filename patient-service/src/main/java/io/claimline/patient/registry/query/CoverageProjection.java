package io.claimline.patient.registry.query;

import io.claimline.patient.registry.api.Benefits;
import io.claimline.patient.registry.api.CoverageAddedEvent;
import io.claimline.patient.registry.api.CoverageChangedEvent;
import io.claimline.patient.registry.api.CoverageEndedEvent;
import io.claimline.patient.registry.api.CoverageOrder;
import io.claimline.patient.registry.api.CoveragesReorderedEvent;
import io.claimline.patient.registry.api.EligibilityFailedEvent;
import io.claimline.patient.registry.api.EligibilityVerifiedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.SealedCoverage;
import io.claimline.patient.registry.api.SealedSubscriber;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.phi.SealedValue;
import io.claimline.platform.reconciliation.ReadModel;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Coverages and the history of eligibility checks, in the registry's processing group (so one token orders them
 * after the patient's row, which gives the clinic). Member ids and subscribers stay sealed.
 */
@Component
@ProcessingGroup(PatientSummaryProjection.PROCESSING_GROUP)
@ReadModel({
        @ReadModel.Table(name = "rm_patient_coverage", aggregateIdColumn = "patient_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_eligibility_check", aggregateIdColumn = "patient_id",
                clinicIdColumn = "clinic_id")})
public class CoverageProjection {

    private final JdbcTemplate jdbc;

    public CoverageProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CoverageAddedEvent event) {
        upsert(event.patientId(), event.coverageId(), event.coverage());
    }

    @EventHandler
    void on(CoverageChangedEvent event) {
        upsert(event.patientId(), event.coverageId(), event.coverage());
    }

    @EventHandler
    void on(CoverageEndedEvent event) {
        jdbc.update("UPDATE rm_patient_coverage SET termination_date = ? WHERE coverage_id = ?",
                Date.valueOf(event.terminationDate()), UUID.fromString(event.coverageId()));
    }

    @EventHandler
    void on(CoveragesReorderedEvent event) {
        for (CoverageOrder entry : event.order()) {
            jdbc.update("UPDATE rm_patient_coverage SET priority = ? WHERE coverage_id = ?", entry.priority().name(),
                    UUID.fromString(entry.coverageId()));
        }
    }

    @EventHandler
    void on(EligibilityVerifiedEvent event, @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        Benefits b = event.benefits() == null ? Benefits.UNKNOWN : event.benefits();
        // What the payer said replaces what was typed in; values it did not give stay as they were.
        jdbc.update("""
                UPDATE rm_patient_coverage SET copay = COALESCE(?, copay), coinsurance = COALESCE(?, coinsurance),
                    deductible = COALESCE(?, deductible), deductible_remaining = COALESCE(?, deductible_remaining),
                    out_of_pocket_max = COALESCE(?, out_of_pocket_max),
                    out_of_pocket_remaining = COALESCE(?, out_of_pocket_remaining),
                    eligibility_status = 'ACTIVE', eligibility_checked_at = ?
                WHERE coverage_id = ?""", b.copay(), b.coinsurance(), b.deductible(), b.deductibleRemaining(),
                b.outOfPocketMax(), b.outOfPocketRemaining(), Timestamp.from(event.checkedAt()),
                UUID.fromString(event.coverageId()));
        check(event.patientId(), event.coverageId(), event.checkId(), event.dateOfService(), "ACTIVE",
                event.planBegin(), event.planEnd(), b, null, event.checkedAt(), userId);
    }

    @EventHandler
    void on(EligibilityFailedEvent event, @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        jdbc.update("UPDATE rm_patient_coverage SET eligibility_status = ?, eligibility_checked_at = ? "
                + "WHERE coverage_id = ?", event.status(), Timestamp.from(event.checkedAt()),
                UUID.fromString(event.coverageId()));
        check(event.patientId(), event.coverageId(), event.checkId(), event.dateOfService(), event.status(), null,
                event.planEnd(), Benefits.UNKNOWN, String.join("\n", event.reasons()), event.checkedAt(), userId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_eligibility_check");
        jdbc.update("DELETE FROM rm_patient_coverage");
    }

    private void upsert(PatientId patientId, String coverageId, SealedCoverage c) {
        SealedSubscriber s = c.subscriber() == null ? new SealedSubscriber(null, null, null, null, null)
                : c.subscriber();
        Benefits b = c.benefits() == null ? Benefits.UNKNOWN : c.benefits();
        jdbc.update("""
                INSERT INTO rm_patient_coverage (coverage_id, patient_id, clinic_id, key_id, payer_id, plan_name,
                    member_id, group_number, relationship, subscriber_given_name, subscriber_family_name,
                    subscriber_dob, subscriber_sex, subscriber_address, priority, effective_date, termination_date,
                    copay, coinsurance, deductible, deductible_remaining, out_of_pocket_max, out_of_pocket_remaining,
                    version)
                SELECT ?, patient_id, clinic_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0
                FROM rm_patient_summary WHERE patient_id = ?
                ON CONFLICT (coverage_id) DO UPDATE SET key_id = excluded.key_id, payer_id = excluded.payer_id,
                    plan_name = excluded.plan_name, member_id = excluded.member_id,
                    group_number = excluded.group_number, relationship = excluded.relationship,
                    subscriber_given_name = excluded.subscriber_given_name,
                    subscriber_family_name = excluded.subscriber_family_name,
                    subscriber_dob = excluded.subscriber_dob, subscriber_sex = excluded.subscriber_sex,
                    subscriber_address = excluded.subscriber_address, priority = excluded.priority,
                    effective_date = excluded.effective_date, termination_date = excluded.termination_date,
                    copay = excluded.copay, coinsurance = excluded.coinsurance, deductible = excluded.deductible,
                    deductible_remaining = excluded.deductible_remaining,
                    out_of_pocket_max = excluded.out_of_pocket_max,
                    out_of_pocket_remaining = excluded.out_of_pocket_remaining,
                    version = excluded.version""",
                UUID.fromString(coverageId), c.memberId().keyId(), c.payerId(), c.planName(),
                c.memberId().ciphertext(), c.groupNumber(), c.relationship().name(), text(s.givenName()),
                text(s.familyName()), text(s.dateOfBirth()), text(s.sex()), text(s.address()), c.priority().name(),
                Date.valueOf(c.effectiveDate()), date(c.terminationDate()), b.copay(), b.coinsurance(),
                b.deductible(), b.deductibleRemaining(), b.outOfPocketMax(), b.outOfPocketRemaining(),
                patientId.value());
    }

    private void check(PatientId patientId, String coverageId, String checkId, LocalDate dateOfService,
            String status, LocalDate planBegin, LocalDate planEnd, Benefits b, String reasons,
            java.time.Instant checkedAt, String userId) {
        jdbc.update("""
                INSERT INTO rm_eligibility_check (check_id, coverage_id, patient_id, clinic_id, date_of_service,
                    status, plan_begin, plan_end, copay, coinsurance, deductible, deductible_remaining,
                    out_of_pocket_max, out_of_pocket_remaining, reasons, checked_at, checked_by)
                SELECT ?, ?, patient_id, clinic_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                FROM rm_patient_summary WHERE patient_id = ?
                ON CONFLICT (check_id) DO NOTHING""",
                UUID.fromString(checkId), UUID.fromString(coverageId), Date.valueOf(dateOfService), status,
                date(planBegin), date(planEnd), b.copay(), b.coinsurance(), b.deductible(), b.deductibleRemaining(),
                b.outOfPocketMax(), b.outOfPocketRemaining(), reasons, Timestamp.from(checkedAt), userId,
                patientId.value());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String text(SealedValue value) {
        return value == null ? null : value.ciphertext();
    }
}
