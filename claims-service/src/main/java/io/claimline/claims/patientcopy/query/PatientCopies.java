package io.claimline.claims.patientcopy.query;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import java.sql.Timestamp;
import io.claimline.platform.integration.IntegrationEventRefusedException;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.SealedValue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The local patient copy: written from patient events (inside the inbox transaction), read by the API. Not shared
 * with collections-service's watched patients on purpose: this copy keeps the sealed name and date of birth (for
 * claims, opened through the vault) and applies corrections in order; collections keeps a collection status and
 * has no use for corrections. The mechanics they do share (inbox, routing, refusals) are the platform's.
 */
@Component
public class PatientCopies {

    public static final String GIVEN_NAME = "givenName";
    public static final String FAMILY_NAME = "familyName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";

    private final JdbcTemplate jdbc;

    PatientCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(IntegrationEvent event, PatientRegistered patient) {
        jdbc.update("""
                INSERT INTO rm_patient_copy (patient_id, clinic_id, registered_at, last_sequence, applied_events,
                    key_id, given_name, family_name, date_of_birth)
                VALUES (?::uuid, ?, ?, ?, 1, ?, ?, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET applied_events = rm_patient_copy.applied_events + 1""",
                patient.patientId(), event.clinicId(), Timestamp.from(patient.registeredAt()), event.sequence(),
                patient.givenName().keyId(), patient.givenName().ciphertext(), patient.familyName().ciphertext(),
                patient.dateOfBirth().ciphertext());
    }

    public void demographicsChanged(IntegrationEvent event, PatientDemographicsChanged change) {
        int updated = jdbc.update("""
                UPDATE rm_patient_copy SET applied_events = applied_events + 1,
                    demographics_changed_at = CASE WHEN ? > last_sequence THEN ? ELSE demographics_changed_at END,
                    key_id = CASE WHEN ? > last_sequence THEN ? ELSE key_id END,
                    given_name = CASE WHEN ? > last_sequence THEN ? ELSE given_name END,
                    family_name = CASE WHEN ? > last_sequence THEN ? ELSE family_name END,
                    date_of_birth = CASE WHEN ? > last_sequence THEN ? ELSE date_of_birth END,
                    last_sequence = greatest(last_sequence, ?)
                WHERE patient_id = ?::uuid""",
                event.sequence(), Timestamp.from(change.changedAt()),
                event.sequence(), change.givenName().keyId(),
                event.sequence(), change.givenName().ciphertext(),
                event.sequence(), change.familyName().ciphertext(),
                event.sequence(), change.dateOfBirth().ciphertext(),
                event.sequence(), change.patientId());
        if (updated == 0) {
            // Partitions keep a patient's events in order, so the registration should be here. If it is not (it
            // was refused or dead-lettered), this well-formed correction is refused, not lost: an operator
            // re-drives it once the registration is in. A correction re-driven late never overwrites a newer one.
            throw new IntegrationEventRefusedException("no registration was applied for this patient");
        }
    }

    /** The patient's sealed name and date of birth, as the vault opens them for a claim. */
    public Optional<List<PhiVault.SealedField>> sealedDemographics(UUID patientId, String clinicId) {
        return jdbc.query("""
                SELECT key_id, given_name, family_name, date_of_birth FROM rm_patient_copy
                WHERE patient_id = ? AND clinic_id = ? AND key_id IS NOT NULL""",
                (rs, n) -> List.of(
                        sealed(patientId, GIVEN_NAME, rs.getString("key_id"), rs.getString("given_name")),
                        sealed(patientId, FAMILY_NAME, rs.getString("key_id"), rs.getString("family_name")),
                        sealed(patientId, DATE_OF_BIRTH, rs.getString("key_id"), rs.getString("date_of_birth"))),
                patientId, clinicId).stream().findFirst();
    }

    private static PhiVault.SealedField sealed(UUID patientId, String field, String keyId, String ciphertext) {
        return new PhiVault.SealedField(patientId.toString(), field, new SealedValue(keyId, ciphertext));
    }

    public Optional<PatientCopy> find(UUID patientId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_patient_copy WHERE patient_id = ? AND clinic_id = ?",
                (rs, n) -> {
                    Timestamp changed = rs.getTimestamp("demographics_changed_at");
                    return new PatientCopy(rs.getString("patient_id"), rs.getTimestamp("registered_at").toInstant(),
                            changed == null ? null : changed.toInstant(), rs.getLong("last_sequence"));
                }, patientId, clinicId).stream().findFirst();
    }
}
