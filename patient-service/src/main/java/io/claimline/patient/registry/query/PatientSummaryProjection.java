package io.claimline.patient.registry.query;

import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import io.claimline.platform.phi.SealedValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The patient registry's read model; idempotent upserts, so a replay rebuilds the same rows. */
@Component
@ProcessingGroup(PatientSummaryProjection.PROCESSING_GROUP)
@ReadModel(@ReadModel.Table(name = "rm_patient_summary", aggregateIdColumn = "patient_id",
        clinicIdColumn = "clinic_id"))
public class PatientSummaryProjection {

    public static final String PROCESSING_GROUP = "patient-summary";

    private final JdbcTemplate jdbc;
    private final PhiCipher phi;
    private final ReadYourWrites readYourWrites;

    public PatientSummaryProjection(JdbcTemplate jdbc, PhiCipher phi, ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.phi = phi;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(PatientRegisteredEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                INSERT INTO rm_patient_summary (patient_id, clinic_id, key_id, given_name, family_name,
                    date_of_birth, registered_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET clinic_id = excluded.clinic_id, key_id = excluded.key_id,
                    given_name = excluded.given_name, family_name = excluded.family_name,
                    date_of_birth = excluded.date_of_birth, registered_at = excluded.registered_at,
                    changed_at = NULL, version = excluded.version""",
                event.patientId().value(), event.clinicId(), event.givenName().keyId(),
                event.givenName().ciphertext(), event.familyName().ciphertext(), event.dateOfBirth().ciphertext(),
                Timestamp.from(event.registeredAt()), sequence);
        readYourWrites.reached(event.patientId().toString(), sequence);
    }

    @EventHandler
    void on(PatientDemographicsChangedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                UPDATE rm_patient_summary SET given_name = ?, family_name = ?, date_of_birth = ?, changed_at = ?,
                    version = ?
                WHERE patient_id = ? AND version < ?""",
                event.givenName().ciphertext(), event.familyName().ciphertext(), event.dateOfBirth().ciphertext(),
                Timestamp.from(event.changedAt()), sequence, event.patientId().value(), sequence);
        readYourWrites.reached(event.patientId().toString(), sequence);
    }

    @EventHandler
    void on(PatientDataErasedEvent event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE rm_patient_summary SET erased_at = ?, version = ? WHERE patient_id = ? AND version < ?",
                Timestamp.from(event.erasedAt()), sequence, event.patientId().value(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_patient_summary");
    }

    /** The patient, if it exists and belongs to the given clinic. */
    public Optional<PatientSummary> find(PatientId patientId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_patient_summary WHERE patient_id = ? AND clinic_id = ?",
                this::toSummary, patientId.value(), clinicId).stream().findFirst();
    }

    private PatientSummary toSummary(ResultSet rs, int row) throws SQLException {
        String keyId = rs.getString("key_id");
        Optional<String> givenName = phi.open(new SealedValue(keyId, rs.getString("given_name")));
        Optional<String> familyName = phi.open(new SealedValue(keyId, rs.getString("family_name")));
        Optional<LocalDate> dateOfBirth = phi.open(new SealedValue(keyId, rs.getString("date_of_birth")))
                .map(LocalDate::parse);
        return new PatientSummary(rs.getString("patient_id"),
                givenName.orElse(null), familyName.orElse(null), dateOfBirth.orElse(null), givenName.isPresent(),
                rs.getTimestamp("registered_at").toInstant(), instant(rs.getTimestamp("changed_at")),
                instant(rs.getTimestamp("erased_at")), rs.getLong("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
