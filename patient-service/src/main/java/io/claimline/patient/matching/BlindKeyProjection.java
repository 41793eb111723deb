package io.claimline.patient.matching;

import io.claimline.patient.registry.api.CoverageAddedEvent;
import io.claimline.patient.registry.api.CoverageChangedEvent;
import io.claimline.patient.registry.api.PatientDataErasedEvent;
import io.claimline.patient.registry.api.PatientDemographicsChangedEvent;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientMergedEvent;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.patient.registry.api.SealedDetails;
import io.claimline.platform.kernel.AddressText;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.phi.SealedValue;
import io.claimline.platform.reconciliation.ReadModel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each patient's blind keys: the events' sealed values are opened here, hashed, and only the HMACs are
 * stored. An erased patient's keys go with their data key (a replay can no longer open them either); a merged
 * patient's go too, the survivor's stand for both.
 */
@Component
@ProcessingGroup(BlindKeyProjection.PROCESSING_GROUP)
@ReadModel(@ReadModel.Table(name = "rm_patient_blind_key", aggregateIdColumn = "patient_id",
        clinicIdColumn = "clinic_id"))
public class BlindKeyProjection {

    public static final String PROCESSING_GROUP = "patient-matching";

    private final JdbcTemplate jdbc;
    private final PhiCipher phi;
    private final BlindKeys blindKeys;

    BlindKeyProjection(JdbcTemplate jdbc, PhiCipher phi, BlindKeys blindKeys) {
        this.jdbc = jdbc;
        this.phi = phi;
        this.blindKeys = blindKeys;
    }

    @EventHandler
    void on(PatientRegisteredEvent event) {
        person(event.patientId(), event.clinicId(), event.givenName(), event.familyName(), event.dateOfBirth(),
                event.details());
    }

    @EventHandler
    void on(PatientDemographicsChangedEvent event) {
        clinicOf(event.patientId()).ifPresent(clinicId -> person(event.patientId(), clinicId, event.givenName(),
                event.familyName(), event.dateOfBirth(), event.details()));
    }

    @EventHandler
    void on(CoverageAddedEvent event) {
        coverage(event.patientId(), event.coverageId(), event.coverage().memberId());
    }

    @EventHandler
    void on(CoverageChangedEvent event) {
        coverage(event.patientId(), event.coverageId(), event.coverage().memberId());
    }

    @EventHandler
    void on(PatientDataErasedEvent event) {
        jdbc.update("DELETE FROM rm_patient_blind_key WHERE patient_id = ?", event.patientId().value());
    }

    @EventHandler
    void on(PatientMergedEvent event) {
        jdbc.update("DELETE FROM rm_patient_blind_key WHERE patient_id = ?", event.patientId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_patient_blind_key");
    }

    private void person(PatientId patientId, String clinicId, SealedValue given, SealedValue family,
            SealedValue born, SealedDetails details) {
        jdbc.update("DELETE FROM rm_patient_blind_key WHERE patient_id = ? AND kind <> 'MEMBER_ID'",
                patientId.value());
        SealedValue address = details == null ? null : details.address();
        SealedValue phone = details == null ? null : details.phone();
        Optional<List<String>> opened = phi.open(given.keyId(), Arrays.asList(given.ciphertext(),
                family.ciphertext(), born.ciphertext(), address == null ? null : address.ciphertext(),
                phone == null ? null : phone.ciphertext()));
        if (opened.isEmpty()) {
            return; // erased meanwhile (a replay after crypto-shredding): nothing left to match on
        }
        List<String> plain = opened.get();
        var postal = plain.get(3) == null ? null : AddressText.read(plain.get(3));
        Map<BlindKeyKind, String> keys = blindKeys.of(clinicId, new BlindKeys.Facts(plain.get(0), plain.get(1),
                LocalDate.parse(plain.get(2)), plain.get(4), postal == null ? null : postal.line1(),
                postal == null ? null : postal.postalCode()));
        keys.forEach((kind, digest) -> insert(patientId, clinicId, kind, digest, ""));
    }

    private void coverage(PatientId patientId, String coverageId, SealedValue memberId) {
        Optional<String> clinic = clinicOf(patientId);
        Optional<String> member = phi.open(memberId);
        jdbc.update("DELETE FROM rm_patient_blind_key WHERE patient_id = ? AND kind = 'MEMBER_ID' AND source = ?",
                patientId.value(), coverageId);
        if (clinic.isPresent() && member.isPresent()) {
            insert(patientId, clinic.get(), BlindKeyKind.MEMBER_ID, blindKeys.memberId(clinic.get(), member.get()),
                    coverageId);
        }
    }

    /** The clinic, from the keys written at registration (an erased or merged patient has none: nothing to do). */
    private Optional<String> clinicOf(PatientId patientId) {
        return jdbc.queryForList("SELECT clinic_id FROM rm_patient_blind_key WHERE patient_id = ? LIMIT 1",
                String.class, patientId.value()).stream().findFirst();
    }

    private void insert(PatientId patientId, String clinicId, BlindKeyKind kind, String digest, String source) {
        jdbc.update("""
                INSERT INTO rm_patient_blind_key (patient_id, clinic_id, kind, digest, source) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (patient_id, kind, source) DO UPDATE SET digest = excluded.digest""",
                patientId.value(), clinicId, kind.name(), digest, source);
    }
}
