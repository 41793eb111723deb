package io.claimline.patient.registry.query;

import io.claimline.patient.registry.api.GuarantorAssignedEvent;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDeactivatedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientDemographicsVerifiedEvent;
import io.claimline.patient.registry.api.PatientEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientMergedEvent;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.registry.api.PossibleDuplicateDismissedEvent;
import io.claimline.patient.registry.api.SealedDetails;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.phi.SealedValue;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The patient registry's read model: one row per patient (PHI still sealed) and the possible duplicates waiting for
 * review. Idempotent upserts, so a replay rebuilds the same rows. Every patient event moves the row's version
 * (the ETag callers send back), including coverage events, which {@link CoverageProjection} writes.
 */
@Component
@ProcessingGroup(PatientSummaryProjection.PROCESSING_GROUP)
@ReadModel({
        @ReadModel.Table(name = "rm_patient_summary", aggregateIdColumn = "patient_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_duplicate_candidate", aggregateIdColumn = "patient_id",
                clinicIdColumn = "clinic_id")})
public class PatientSummaryProjection {

    public static final String PROCESSING_GROUP = "patient-summary";

    private final JdbcTemplate jdbc;
    private final ReadYourWrites readYourWrites;

    public PatientSummaryProjection(JdbcTemplate jdbc, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(PatientRegisteredEvent event, @SequenceNumber long sequence) {
        SealedDetails details = details(event.details());
        jdbc.update("""
                INSERT INTO rm_patient_summary (patient_id, clinic_id, key_id, given_name, family_name,
                    date_of_birth, middle_name, preferred_name, sex, address, phone, email, preferred_contact_method,
                    language, registered_at, guarantor_id, guarantor_kind, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SELF', ?)
                ON CONFLICT (patient_id) DO UPDATE SET clinic_id = excluded.clinic_id, key_id = excluded.key_id,
                    given_name = excluded.given_name, family_name = excluded.family_name,
                    date_of_birth = excluded.date_of_birth, middle_name = excluded.middle_name,
                    preferred_name = excluded.preferred_name, sex = excluded.sex, address = excluded.address,
                    phone = excluded.phone, email = excluded.email,
                    preferred_contact_method = excluded.preferred_contact_method, language = excluded.language,
                    registered_at = excluded.registered_at, changed_at = NULL, verified_at = NULL,
                    verified_by = NULL, deactivated_at = NULL, merged_into = NULL, erased_at = NULL,
                    guarantor_id = excluded.guarantor_id, guarantor_kind = 'SELF', version = excluded.version""",
                event.patientId().value(), event.clinicId(), event.givenName().keyId(),
                event.givenName().ciphertext(), event.familyName().ciphertext(), event.dateOfBirth().ciphertext(),
                text(details.middleName()), text(details.preferredName()), text(details.sex()),
                text(details.address()), text(details.phone()), text(details.email()),
                text(details.preferredContactMethod()), text(details.language()),
                Timestamp.from(event.registeredAt()), event.patientId().toString(), sequence);
        for (PatientId candidate : event.possibleDuplicates()) {
            jdbc.update("""
                    INSERT INTO rm_duplicate_candidate (patient_id, candidate_id, clinic_id, found_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT (patient_id, candidate_id) DO NOTHING""",
                    event.patientId().value(), candidate.value(), event.clinicId(),
                    Timestamp.from(event.registeredAt()));
        }
        readYourWrites.reached(event.patientId().toString(), sequence);
    }

    @EventHandler
    void on(PatientDemographicsChangedEvent event, @SequenceNumber long sequence) {
        SealedDetails details = details(event.details());
        jdbc.update("""
                UPDATE rm_patient_summary SET given_name = ?, family_name = ?, date_of_birth = ?, middle_name = ?,
                    preferred_name = ?, sex = ?, address = ?, phone = ?, email = ?, preferred_contact_method = ?,
                    language = ?, changed_at = ?, version = ?
                WHERE patient_id = ? AND version < ?""",
                event.givenName().ciphertext(), event.familyName().ciphertext(), event.dateOfBirth().ciphertext(),
                text(details.middleName()), text(details.preferredName()), text(details.sex()),
                text(details.address()), text(details.phone()), text(details.email()),
                text(details.preferredContactMethod()), text(details.language()),
                Timestamp.from(event.changedAt()), sequence, event.patientId().value(), sequence);
        readYourWrites.reached(event.patientId().toString(), sequence);
    }

    @EventHandler
    void on(PatientDemographicsVerifiedEvent event, @SequenceNumber long sequence,
            @MetaDataValue(MetaDataKeys.USER_ID) String userId) {
        update(event, sequence, "verified_at = ?, verified_by = ?", Timestamp.from(event.verifiedAt()), userId);
    }

    @EventHandler
    void on(PatientDeactivatedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, "deactivated_at = ?", Timestamp.from(event.deactivatedAt()));
    }

    @EventHandler
    void on(PatientMergedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, "merged_into = ?", event.survivingPatientId().value());
        jdbc.update("UPDATE rm_duplicate_candidate SET dismissed_at = ? WHERE (patient_id = ? AND candidate_id = ?)"
                + " OR (patient_id = ? AND candidate_id = ?)", Timestamp.from(event.mergedAt()),
                event.patientId().value(), event.survivingPatientId().value(), event.survivingPatientId().value(),
                event.patientId().value());
    }

    @EventHandler
    void on(GuarantorAssignedEvent event, @SequenceNumber long sequence) {
        update(event, sequence, "guarantor_id = ?, guarantor_kind = ?", event.guarantorId(), event.kind().name());
    }

    @EventHandler
    void on(PossibleDuplicateDismissedEvent event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE rm_duplicate_candidate SET dismissed_at = ? WHERE patient_id = ? AND candidate_id = ?",
                Timestamp.from(event.dismissedAt()), event.patientId().value(), event.candidate().value());
        update(event, sequence, null);
    }

    @EventHandler
    void on(PatientDataErasedEvent event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE rm_patient_summary SET erased_at = ?, version = ? WHERE patient_id = ? AND version < ?",
                Timestamp.from(event.erasedAt()), sequence, event.patientId().value(), sequence);
    }

    /** Any other patient event (coverage, eligibility) only moves the version the ETag shows. */
    @EventHandler
    void on(PatientEvent event, @SequenceNumber long sequence) {
        update(event, sequence, null);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_duplicate_candidate");
        jdbc.update("DELETE FROM rm_patient_summary");
    }

    private void update(PatientEvent event, long sequence, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = sequence;
        arguments[values.length + 1] = event.patientId().value();
        arguments[values.length + 2] = sequence;
        jdbc.update("UPDATE rm_patient_summary SET " + (assignments == null ? "" : assignments + ", ")
                + "version = ? WHERE patient_id = ? AND version < ?", arguments);
        readYourWrites.reached(event.patientId().toString(), sequence);
    }

    private static SealedDetails details(SealedDetails details) {
        return details == null ? new SealedDetails(null, null, null, null, null, null, null, null) : details;
    }

    private static String text(SealedValue value) {
        return value == null ? null : value.ciphertext();
    }
}
