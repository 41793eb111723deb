package io.claimline.billing.estimate.query;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedDetails;
import io.claimline.contracts.patients.v1.SealedValue;
import io.claimline.platform.phi.PhiVault;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The patient's name and date of birth as sealed by patient-service, for the good-faith estimate's PDF: kept as
 * ciphertext, opened through the vault only when the PDF is downloaded. Written from patient events inside the
 * inbox transaction (billing's patient-events listener hands them over); a correction older than the row never
 * overwrites a newer one. Also tells whether billing knows a patient of the clinic at all.
 */
@Component
public class PatientSeals {

    public static final String GIVEN_NAME = "givenName";
    public static final String FAMILY_NAME = "familyName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String ADDRESS = "address";
    public static final String EMAIL = "email";

    private final JdbcTemplate jdbc;

    PatientSeals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(IntegrationEvent event, PatientRegistered patient) {
        write(event, patient.patientId(), patient.givenName(), patient.familyName(), patient.dateOfBirth(),
                patient.details());
    }

    public void demographicsChanged(IntegrationEvent event, PatientDemographicsChanged change) {
        write(event, change.patientId(), change.givenName(), change.familyName(), change.dateOfBirth(),
                change.details());
    }

    private void write(IntegrationEvent event, String patientId, SealedValue givenName, SealedValue familyName,
            SealedValue dateOfBirth, SealedDetails details) {
        jdbc.update("""
                INSERT INTO estimate_patient_seal (patient_id, clinic_id, key_id, given_name, family_name,
                    date_of_birth, address, email, last_sequence)
                VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (patient_id) DO UPDATE SET key_id = excluded.key_id, given_name = excluded.given_name,
                    family_name = excluded.family_name, date_of_birth = excluded.date_of_birth,
                    address = excluded.address, email = excluded.email, last_sequence = excluded.last_sequence
                WHERE estimate_patient_seal.last_sequence < excluded.last_sequence""",
                patientId, event.clinicId(), givenName.keyId(), givenName.ciphertext(), familyName.ciphertext(),
                dateOfBirth.ciphertext(), ciphertext(details == null ? null : details.address()),
                ciphertext(details == null ? null : details.email()), event.sequence());
    }

    private static String ciphertext(SealedValue value) {
        return value == null ? null : value.ciphertext();
    }

    /**
     * The patient's sealed name, address and e-mail as a statement addresses them (the patient is their own
     * guarantor); fields not known are left out. Empty for a patient not of this clinic.
     */
    public Optional<List<PhiVault.SealedField>> sealedMailing(UUID patientId, String clinicId) {
        String patient = patientId.toString();
        return jdbc.query("SELECT * FROM estimate_patient_seal WHERE patient_id = ? AND clinic_id = ?",
                (rs, n) -> {
                    String keyId = rs.getString("key_id");
                    List<PhiVault.SealedField> fields = new java.util.ArrayList<>();
                    fields.add(field(patient, GIVEN_NAME, keyId, rs.getString("given_name")));
                    fields.add(field(patient, FAMILY_NAME, keyId, rs.getString("family_name")));
                    if (rs.getString("address") != null) {
                        fields.add(field(patient, ADDRESS, keyId, rs.getString("address")));
                    }
                    if (rs.getString("email") != null) {
                        fields.add(field(patient, EMAIL, keyId, rs.getString("email")));
                    }
                    return List.copyOf(fields);
                }, patientId, clinicId).stream().findFirst();
    }

    public boolean knows(UUID patientId, String clinicId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM estimate_patient_seal WHERE patient_id = ? AND clinic_id = ?)",
                Boolean.class, patientId, clinicId));
    }

    /** The sealed name and date of birth, labelled for the vault; empty for a patient not of this clinic. */
    public Optional<List<PhiVault.SealedField>> sealed(UUID patientId, String clinicId) {
        String patient = patientId.toString();
        return jdbc.query("SELECT * FROM estimate_patient_seal WHERE patient_id = ? AND clinic_id = ?",
                (rs, n) -> {
                    String keyId = rs.getString("key_id");
                    return List.of(
                            field(patient, GIVEN_NAME, keyId, rs.getString("given_name")),
                            field(patient, FAMILY_NAME, keyId, rs.getString("family_name")),
                            field(patient, DATE_OF_BIRTH, keyId, rs.getString("date_of_birth")));
                }, patientId, clinicId).stream().findFirst();
    }

    private static PhiVault.SealedField field(String patientId, String field, String keyId, String ciphertext) {
        return new PhiVault.SealedField(patientId, field, new io.claimline.platform.phi.SealedValue(keyId, ciphertext));
    }
}
