package io.claimline.patient.registry.query;

import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.reconciliation.ReadModel;
import io.claimline.platform.web.ReadYourWrites;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
        // Rows first, PHI after: opening needs the key table, and asking for another connection while this
        // query holds one could exhaust the pool under load.
        return jdbc.query("SELECT * FROM rm_patient_summary WHERE patient_id = ? AND clinic_id = ?",
                (rs, row) -> new Row(rs), patientId.value(), clinicId).stream().findFirst().map(this::toSummary);
    }

    /** Whether the read model shows the patient for this clinic at this version or later (nothing is opened). */
    public boolean shows(PatientId patientId, String clinicId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM rm_patient_summary WHERE patient_id = ? AND clinic_id = ? AND version >= ?)
                """, Boolean.class, patientId.value(), clinicId, version));
    }

    /** One row as stored (PHI still sealed). */
    private record Row(String patientId, String keyId, List<String> sealed, Instant registeredAt, Instant changedAt,
            Instant erasedAt, long version) {

        Row(ResultSet rs) throws SQLException {
            this(rs.getString("patient_id"), rs.getString("key_id"), Arrays.asList(rs.getString("given_name"),
                    rs.getString("family_name"), rs.getString("date_of_birth")),
                    rs.getTimestamp("registered_at").toInstant(), instant(rs.getTimestamp("changed_at")),
                    instant(rs.getTimestamp("erased_at")), rs.getLong("version"));
        }
    }

    private PatientSummary toSummary(Row row) {
        Optional<List<String>> opened = phi.open(row.keyId(), row.sealed());
        List<String> plain = opened.orElse(Arrays.asList(null, null, null));
        return new PatientSummary(row.patientId(), plain.get(0), plain.get(1),
                plain.get(2) == null ? null : LocalDate.parse(plain.get(2)), opened.isPresent(), row.registeredAt(),
                row.changedAt(), row.erasedAt(), row.version());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
