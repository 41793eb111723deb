package io.claimline.patient.vault;

import io.claimline.patient.vault.keys.DataKeys;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.patient.vault.record.PhiAccessEntry;
import io.claimline.patient.vault.record.PhiAccessRecord;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.PhiVault.OpenedField;
import io.claimline.platform.phi.PhiVault.Outcome;
import io.claimline.platform.phi.PhiVault.PhiAccess;
import io.claimline.platform.phi.PhiVault.PlainField;
import io.claimline.platform.phi.PhiVault.SealedField;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens and seals PHI for other services, one item at a time within a batch: a patient of another clinic, a value
 * sealed under someone else's key or a forged ciphertext is NOT_FOUND; a destroyed key is ERASED for that item
 * only. Every call is written to the PHI access record before any plaintext leaves.
 */
@Component
public class VaultKeeper {

    private final JdbcTemplate jdbc;
    private final DataKeys keys;
    private final PhiCipher cipher;
    private final PhiAccessRecord record;

    VaultKeeper(JdbcTemplate jdbc, DataKeys keys, PhiCipher cipher, PhiAccessRecord record) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.cipher = cipher;
        this.record = record;
    }

    public List<OpenedField> open(String service, PhiAccess access, List<SealedField> fields) {
        Set<String> inClinic = patientsOf(access.clinicId(), fields.stream().map(SealedField::patientId).toList());
        List<OpenedField> answers = fields.stream().map(field -> open(field, inClinic)).toList();
        record.append(new PhiAccessEntry.Draft(PhiAccessEntry.OPEN, service, access.onBehalfOf(), access.clinicId(),
                access.purpose().code(), PhiAccessEntry.COMPLETED, null,
                answers.stream().map(a -> item(a.patientId(), a.field(), a.outcome())).toList()));
        return answers;
    }

    public List<SealedField.Result> seal(String service, PhiAccess access, List<PlainField> fields) {
        Set<String> inClinic = patientsOf(access.clinicId(), fields.stream().map(PlainField::patientId).toList());
        List<SealedField.Result> answers = fields.stream().map(field -> seal(field, inClinic)).toList();
        record.append(new PhiAccessEntry.Draft(PhiAccessEntry.SEAL, service, access.onBehalfOf(), access.clinicId(),
                access.purpose().code(), PhiAccessEntry.COMPLETED, null,
                answers.stream().map(a -> item(a.patientId(), a.field(), a.outcome())).toList()));
        return answers;
    }

    /** A call the vault turned down is on the record too: who tried, for what, and why it was refused. */
    public void refuse(String service, String operation, String clinicId, String onBehalfOf, String purpose,
            String reason, List<PhiAccessEntry.Item> items) {
        record.append(new PhiAccessEntry.Draft(operation, service, onBehalfOf, clinicId, purpose,
                PhiAccessEntry.REFUSED, reason, items));
    }

    private OpenedField open(SealedField field, Set<String> inClinic) {
        Outcome outcome = Outcome.NOT_FOUND;
        String value = null;
        Optional<DataKeys.KeyOwner> owner = field.value() == null ? Optional.empty()
                : keys.ownerOf(field.value().keyId());
        if (inClinic.contains(field.patientId()) && owner.isPresent()
                && owner.get().subjectId().equals(field.patientId())) {
            if (owner.get().destroyed()) {
                outcome = Outcome.ERASED;
            } else {
                try {
                    Optional<String> opened = cipher.open(field.value());
                    outcome = opened.isPresent() ? Outcome.OPENED : Outcome.ERASED;
                    value = opened.orElse(null);
                } catch (IllegalStateException | IllegalArgumentException notAuthentic) {
                    outcome = Outcome.NOT_FOUND; // not sealed under this key: a forgery or a corrupted copy
                }
            }
        }
        return new OpenedField(field.patientId(), field.field(), outcome, value);
    }

    private SealedField.Result seal(PlainField field, Set<String> inClinic) {
        if (!inClinic.contains(field.patientId())) {
            return new SealedField.Result(field.patientId(), field.field(), Outcome.NOT_FOUND, null);
        }
        try {
            return new SealedField.Result(field.patientId(), field.field(), Outcome.SEALED,
                    cipher.seal(field.patientId(), field.value()));
        } catch (DataKeys.KeyDestroyedException erased) {
            return new SealedField.Result(field.patientId(), field.field(), Outcome.ERASED, null);
        }
    }

    /**
     * Which of these subjects belong to this clinic: its patients, and its guarantors who are not patients (their
     * own data keys seal their names). Others do not exist for the caller.
     */
    private Set<String> patientsOf(String clinicId, List<String> patientIds) {
        UUID[] ids = patientIds.stream().distinct().map(UUID::fromString).toArray(UUID[]::new);
        return new HashSet<>(jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT patient_id::text FROM rm_patient_summary WHERE clinic_id = ? AND patient_id = ANY (?) "
                    + "UNION ALL SELECT guarantor_id::text FROM rm_guarantor "
                    + "WHERE clinic_id = ? AND guarantor_id = ANY (?)");
            statement.setString(1, clinicId);
            statement.setArray(2, connection.createArrayOf("uuid", ids));
            statement.setString(3, clinicId);
            statement.setArray(4, connection.createArrayOf("uuid", ids));
            return statement;
        }, (rs, n) -> rs.getString(1)));
    }

    private static PhiAccessEntry.Item item(String patientId, String field, PhiVault.Outcome outcome) {
        return new PhiAccessEntry.Item(patientId, field, outcome.name().toLowerCase(Locale.ROOT));
    }
}
