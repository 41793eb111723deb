package io.claimline.claims.patientcopy.query;

import io.claimline.contracts.IntegrationEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedDetails;
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

    public static final String SEX = "sex";
    public static final String ADDRESS = "address";

    /** A chain of merges longer than this is a fault, not data. */
    private static final int MAX_REDIRECTS = 16;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PatientCopies(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void registered(IntegrationEvent event, PatientRegistered patient) {
        jdbc.update("""
                INSERT INTO rm_patient_copy (patient_id, clinic_id, registered_at, last_sequence, applied_events,
                    key_id, given_name, family_name, date_of_birth, details)
                VALUES (?::uuid, ?, ?, ?, 1, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (patient_id) DO UPDATE SET applied_events = rm_patient_copy.applied_events + 1""",
                patient.patientId(), event.clinicId(), Timestamp.from(patient.registeredAt()), event.sequence(),
                patient.givenName().keyId(), patient.givenName().ciphertext(), patient.familyName().ciphertext(),
                patient.dateOfBirth().ciphertext(), details(patient.details()));
    }

    public void demographicsChanged(IntegrationEvent event, PatientDemographicsChanged change) {
        int updated = jdbc.update("""
                UPDATE rm_patient_copy SET applied_events = applied_events + 1,
                    demographics_changed_at = CASE WHEN ? > last_sequence THEN ? ELSE demographics_changed_at END,
                    key_id = CASE WHEN ? > last_sequence THEN ? ELSE key_id END,
                    given_name = CASE WHEN ? > last_sequence THEN ? ELSE given_name END,
                    family_name = CASE WHEN ? > last_sequence THEN ? ELSE family_name END,
                    date_of_birth = CASE WHEN ? > last_sequence THEN ? ELSE date_of_birth END,
                    details = CASE WHEN ? > last_sequence THEN ?::jsonb ELSE details END,
                    last_sequence = greatest(last_sequence, ?)
                WHERE patient_id = ?::uuid""",
                event.sequence(), Timestamp.from(change.changedAt()),
                event.sequence(), change.givenName().keyId(),
                event.sequence(), change.givenName().ciphertext(),
                event.sequence(), change.familyName().ciphertext(),
                event.sequence(), change.dateOfBirth().ciphertext(),
                event.sequence(), details(change.details()),
                event.sequence(), change.patientId());
        if (updated == 0) {
            // Partitions keep a patient's events in order, so the registration should be here. If it is not (it
            // was refused or dead-lettered), this well-formed correction is refused, not lost: an operator
            // re-drives it once the registration is in. A correction re-driven late never overwrites a newer one.
            throw new IntegrationEventRefusedException("no registration was applied for this patient");
        }
    }

    /**
     * The duplicate now answers with the survivor. The survivor's own copy is not touched: patient-service keeps
     * the survivor's demographics, and its coverages arrive on the survivor's own events.
     */
    public void merged(IntegrationEvent event, PatientMerged merged) {
        int updated = jdbc.update("""
                UPDATE rm_patient_copy SET applied_events = applied_events + 1, merged_into = ?::uuid,
                    last_sequence = greatest(last_sequence, ?)
                WHERE patient_id = ?::uuid""",
                merged.survivingPatientId(), event.sequence(), merged.patientId());
        if (updated == 0) {
            throw new IntegrationEventRefusedException("no registration was applied for this patient");
        }
    }

    /**
     * The patient who answers for {@code patientId} in this clinic: itself, or the survivor its merges lead to.
     * Empty when the clinic has no such patient.
     */
    public Optional<UUID> live(UUID patientId, String clinicId) {
        UUID current = patientId;
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            List<Optional<UUID>> row = jdbc.query(
                    "SELECT merged_into FROM rm_patient_copy WHERE patient_id = ? AND clinic_id = ?",
                    (rs, n) -> Optional.ofNullable(rs.getObject("merged_into", UUID.class)), current, clinicId);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            if (row.get(0).isEmpty()) {
                return Optional.of(current);
            }
            current = row.get(0).get();
        }
        throw new IllegalStateException("patient merges do not end");
    }

    /** The patient's sealed name and date of birth, as the vault opens them for a claim (after any merge). */
    public Optional<List<PhiVault.SealedField>> sealedDemographics(UUID patientId, String clinicId) {
        return live(patientId, clinicId).flatMap(live -> jdbc.query("""
                SELECT key_id, given_name, family_name, date_of_birth FROM rm_patient_copy
                WHERE patient_id = ? AND clinic_id = ? AND key_id IS NOT NULL""",
                (rs, n) -> List.of(
                        sealed(live, GIVEN_NAME, rs.getString("key_id"), rs.getString("given_name")),
                        sealed(live, FAMILY_NAME, rs.getString("key_id"), rs.getString("family_name")),
                        sealed(live, DATE_OF_BIRTH, rs.getString("key_id"), rs.getString("date_of_birth"))),
                live, clinicId).stream().findFirst());
    }

    /**
     * The patient's own sealed name, date of birth, sex and address: what an 837 prints of a subscriber who is the
     * patient. Null entries are left out (sex and address are unknown for older copies).
     */
    public Optional<List<PhiVault.SealedField>> sealedAsSubscriber(UUID livePatientId, String clinicId) {
        return jdbc.query("""
                SELECT key_id, given_name, family_name, date_of_birth, details::text AS details FROM rm_patient_copy
                WHERE patient_id = ? AND clinic_id = ? AND key_id IS NOT NULL""",
                (rs, n) -> {
                    String keyId = rs.getString("key_id");
                    List<PhiVault.SealedField> fields = new java.util.ArrayList<>(List.of(
                            sealed(livePatientId, GIVEN_NAME, keyId, rs.getString("given_name")),
                            sealed(livePatientId, FAMILY_NAME, keyId, rs.getString("family_name")),
                            sealed(livePatientId, DATE_OF_BIRTH, keyId, rs.getString("date_of_birth"))));
                    fields.addAll(SealedJson.fields(json, livePatientId.toString(), rs.getString("details"),
                            List.of(SEX, ADDRESS)));
                    return fields;
                },
                livePatientId, clinicId).stream().findFirst();
    }

    private String details(SealedDetails details) {
        return details == null ? null : SealedJson.write(json, details);
    }

    private static PhiVault.SealedField sealed(UUID patientId, String field, String keyId, String ciphertext) {
        return new PhiVault.SealedField(patientId.toString(), field, new SealedValue(keyId, ciphertext));
    }

    /** The copy that answers for {@code patientId}: a merged duplicate's answers with its survivor's. */
    public Optional<PatientCopy> find(UUID patientId, String clinicId) {
        return live(patientId, clinicId).flatMap(live -> jdbc.query(
                "SELECT * FROM rm_patient_copy WHERE patient_id = ? AND clinic_id = ?",
                (rs, n) -> {
                    Timestamp changed = rs.getTimestamp("demographics_changed_at");
                    return new PatientCopy(rs.getString("patient_id"), rs.getTimestamp("registered_at").toInstant(),
                            changed == null ? null : changed.toInstant(), rs.getLong("last_sequence"),
                            rs.getString("details") != null);
                }, live, clinicId).stream().findFirst());
    }
}
