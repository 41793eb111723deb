package io.claimline.patient.registry.query;

import io.claimline.patient.registry.api.Benefits;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.SealedContact;
import io.claimline.platform.kernel.AddressText;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.phi.PhiVault;
import io.claimline.platform.phi.SealedValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the registry's read models for one clinic and opens the sealed columns for the caller. Rows first, PHI
 * after: opening needs the key table, and asking for another connection while a query holds one could exhaust the
 * pool under load.
 */
@Component
public class PatientRecords {

    private static final String[] PERSON_COLUMNS = {"given_name", "middle_name", "family_name", "preferred_name",
            "date_of_birth", "sex", "address", "phone", "email", "preferred_contact_method", "language"};
    private static final String[] SUBSCRIBER_COLUMNS = {"member_id", "subscriber_given_name",
            "subscriber_family_name", "subscriber_dob", "subscriber_sex", "subscriber_address"};

    private final JdbcTemplate jdbc;
    private final PhiCipher phi;
    private final Clock clock;
    private final Period reverificationPeriod;

    PatientRecords(JdbcTemplate jdbc, PhiCipher phi, Clock clock,
            @Value("${claimline.patients.reverification-period:P12M}") Period reverificationPeriod) {
        this.jdbc = jdbc;
        this.phi = phi;
        this.clock = clock;
        this.reverificationPeriod = reverificationPeriod;
    }

    /** The patient, if it exists and belongs to the given clinic (a merged one shows {@code mergedInto}). */
    public Optional<PatientSummary> find(PatientId patientId, String clinicId) {
        return jdbc.query("SELECT * FROM rm_patient_summary WHERE patient_id = ? AND clinic_id = ?",
                (rs, row) -> new Row(rs, PERSON_COLUMNS), patientId.value(), clinicId).stream().findFirst()
                .map(this::toSummary);
    }

    /** Several patients of a clinic in one query, in the order given; unknown ids are left out. */
    public List<PatientSummary> findAll(List<PatientId> patientIds, String clinicId) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT * FROM rm_patient_summary WHERE clinic_id = ? AND patient_id = ANY (?)");
            statement.setString(1, clinicId);
            statement.setArray(2, connection.createArrayOf("uuid",
                    patientIds.stream().map(PatientId::value).toArray()));
            return statement;
        }, (rs, row) -> new Row(rs, PERSON_COLUMNS));
        List<PatientSummary> summaries = new ArrayList<>();
        for (PatientId id : patientIds) {
            rows.stream().filter(row -> row.string("patient_id").equals(id.toString())).findFirst()
                    .map(this::toSummary).ifPresent(summaries::add);
        }
        return summaries;
    }

    /** What a write needs to know of a patient, without opening any PHI. */
    public record State(long version, String mergedInto, boolean erased) {
    }

    /** The patient's version and whether it was merged or erased, if it belongs to the clinic (nothing is opened). */
    public Optional<State> state(PatientId patientId, String clinicId) {
        return jdbc.query("""
                SELECT version, merged_into::text, erased_at IS NOT NULL FROM rm_patient_summary
                WHERE patient_id = ? AND clinic_id = ?""", (rs, row) -> new State(rs.getLong(1), rs.getString(2),
                rs.getBoolean(3)), patientId.value(), clinicId).stream().findFirst();
    }

    /** Whether the read model shows the patient for this clinic at this version or later (nothing is opened). */
    public boolean shows(PatientId patientId, String clinicId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM rm_patient_summary WHERE patient_id = ? AND clinic_id = ? AND version >= ?)
                """, Boolean.class, patientId.value(), clinicId, version));
    }

    /** The patient's name and contact as stored (still sealed): what a guarantor assignment carries. */
    public Optional<SealedContact> sealedContact(PatientId patientId, String clinicId) {
        return jdbc.query("""
                SELECT key_id, given_name, family_name, address, phone, email FROM rm_patient_summary
                WHERE patient_id = ? AND clinic_id = ? AND merged_into IS NULL AND erased_at IS NULL""",
                (rs, row) -> new SealedContact(sealed(rs, "given_name"), sealed(rs, "family_name"),
                        sealed(rs, "address"), sealed(rs, "phone"), sealed(rs, "email")),
                patientId.value(), clinicId).stream().findFirst();
    }

    /**
     * The sealed values a 270 needs, labelled for the vault: the patient's name, date of birth and sex
     * ({@code patient.*}), the coverage's member id and its subscriber's ({@code subscriber.*}). All are sealed under
     * the patient's key. Empty when the coverage is not the patient's in this clinic.
     */
    public List<PhiVault.SealedField> sealedForEligibility(PatientId patientId, String coverageId, String clinicId) {
        return jdbc.query("""
                SELECT p.key_id, p.given_name, p.family_name, p.date_of_birth, p.sex, c.key_id AS coverage_key,
                    c.member_id, c.subscriber_given_name, c.subscriber_family_name, c.subscriber_dob, c.subscriber_sex
                FROM rm_patient_summary p JOIN rm_patient_coverage c ON c.patient_id = p.patient_id
                WHERE p.patient_id = ? AND p.clinic_id = ? AND c.coverage_id = ?""", (rs, row) -> {
            String id = patientId.toString();
            List<PhiVault.SealedField> fields = new ArrayList<>();
            String[][] columns = {{"patient.givenName", "given_name", "key_id"},
                    {"patient.familyName", "family_name", "key_id"}, {"patient.dateOfBirth", "date_of_birth", "key_id"},
                    {"patient.sex", "sex", "key_id"}, {"memberId", "member_id", "coverage_key"},
                    {"subscriber.givenName", "subscriber_given_name", "coverage_key"},
                    {"subscriber.familyName", "subscriber_family_name", "coverage_key"},
                    {"subscriber.dateOfBirth", "subscriber_dob", "coverage_key"},
                    {"subscriber.sex", "subscriber_sex", "coverage_key"}};
            for (String[] column : columns) {
                if (rs.getString(column[1]) != null) {
                    fields.add(new PhiVault.SealedField(id, column[0],
                            new SealedValue(rs.getString(column[2]), rs.getString(column[1]))));
                }
            }
            return fields;
        }, patientId.value(), clinicId, UUID.fromString(coverageId)).stream().findFirst().orElse(List.of());
    }

    public List<CoverageSummary> coverages(PatientId patientId, String clinicId) {
        List<Row> rows = jdbc.query("""
                SELECT * FROM rm_patient_coverage WHERE patient_id = ? AND clinic_id = ?
                ORDER BY priority, effective_date""", (rs, row) -> new Row(rs, SUBSCRIBER_COLUMNS),
                patientId.value(), clinicId);
        return rows.stream().map(this::toCoverage).toList();
    }

    public Optional<CoverageSummary> coverage(PatientId patientId, String coverageId, String clinicId) {
        return coverages(patientId, clinicId).stream().filter(c -> c.coverageId().equals(coverageId)).findFirst();
    }

    /** The coverages in force on a date of service, in the order they pay. */
    public List<CoverageSummary> coveragesOn(PatientId patientId, String clinicId, LocalDate dateOfService) {
        return coverages(patientId, clinicId).stream().filter(c -> c.inForceOn(dateOfService))
                .sorted((a, b) -> a.priority().compareTo(b.priority())).toList();
    }

    /** The eligibility checks of a coverage, newest first. */
    public List<EligibilityCheckSummary> eligibilityChecks(PatientId patientId, String coverageId, String clinicId) {
        return jdbc.query("""
                SELECT * FROM rm_eligibility_check WHERE patient_id = ? AND coverage_id = ? AND clinic_id = ?
                ORDER BY checked_at DESC""", (rs, row) -> new EligibilityCheckSummary(rs.getString("check_id"),
                        rs.getObject("date_of_service", LocalDate.class), rs.getString("status"),
                        rs.getObject("plan_begin", LocalDate.class), rs.getObject("plan_end", LocalDate.class),
                        benefits(rs), rs.getString("reasons") == null ? List.of()
                                : List.of(rs.getString("reasons").split("\n")),
                        rs.getTimestamp("checked_at").toInstant(), rs.getString("checked_by")),
                patientId.value(), UUID.fromString(coverageId), clinicId);
    }

    /** Possible duplicates waiting for review in a clinic, oldest first. */
    public List<DuplicateCandidate> pendingDuplicates(String clinicId, int offset, int limit) {
        return jdbc.query("""
                SELECT d.patient_id, d.candidate_id, d.found_at FROM rm_duplicate_candidate d
                JOIN rm_patient_summary p ON p.patient_id = d.patient_id AND p.merged_into IS NULL
                JOIN rm_patient_summary c ON c.patient_id = d.candidate_id AND c.merged_into IS NULL
                WHERE d.clinic_id = ? AND d.dismissed_at IS NULL
                ORDER BY d.found_at, d.patient_id, d.candidate_id OFFSET ? LIMIT ?""",
                (rs, row) -> new DuplicateCandidate(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()), clinicId, offset, limit);
    }

    /** Active patients whose demographics were not confirmed within the period, oldest first. */
    public List<String> dueForReverification(String clinicId, int offset, int limit) {
        Instant cutoff = cutoff();
        return jdbc.queryForList("""
                SELECT patient_id::text FROM rm_patient_summary
                WHERE clinic_id = ? AND merged_into IS NULL AND erased_at IS NULL AND deactivated_at IS NULL
                  AND COALESCE(verified_at, registered_at) < ?
                ORDER BY COALESCE(verified_at, registered_at), patient_id OFFSET ? LIMIT ?""", String.class,
                clinicId, Timestamp.from(cutoff), offset, limit);
    }

    private Instant cutoff() {
        return LocalDate.now(clock).minus(reverificationPeriod).atStartOfDay(clock.getZone()).toInstant();
    }

    /** A possible duplicate pair: the patient registered later, and who it resembles. */
    public record DuplicateCandidate(String patientId, String candidateId, Instant foundAt) {
    }

    /** One row as stored, PHI still sealed under {@code keyId}. */
    private record Row(java.util.Map<String, Object> values, String keyId, List<String> sealed) {

        Row(ResultSet rs, String[] sealedColumns) throws SQLException {
            this(columns(rs), rs.getString("key_id"), sealedValues(rs, sealedColumns));
        }

        String string(String column) {
            Object value = values.get(column);
            return value == null ? null : value.toString();
        }

        Instant instant(String column) {
            return values.get(column) instanceof Timestamp t ? t.toInstant() : null;
        }

        private static java.util.Map<String, Object> columns(ResultSet rs) throws SQLException {
            java.util.Map<String, Object> values = new java.util.HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
            }
            return values;
        }

        private static List<String> sealedValues(ResultSet rs, String[] columns) throws SQLException {
            List<String> sealed = new ArrayList<>();
            for (String column : columns) {
                sealed.add(rs.getString(column));
            }
            return sealed;
        }
    }

    private PatientSummary toSummary(Row row) {
        Optional<List<String>> opened = phi.open(row.keyId(), row.sealed());
        List<String> p = opened.orElse(Arrays.asList(new String[PERSON_COLUMNS.length]));
        Instant verifiedAt = row.instant("verified_at");
        Instant registeredAt = row.instant("registered_at");
        boolean active = row.instant("deactivated_at") == null && row.string("merged_into") == null;
        boolean due = active && row.instant("erased_at") == null
                && (verifiedAt == null ? registeredAt : verifiedAt).isBefore(cutoff());
        return new PatientSummary(row.string("patient_id"), p.get(0), p.get(1), p.get(2), p.get(3),
                p.get(4) == null ? null : LocalDate.parse(p.get(4)), p.get(5),
                p.get(6) == null ? null : AddressText.read(p.get(6)), p.get(7), p.get(8), p.get(9), p.get(10),
                opened.isPresent(), active,
                new PatientSummary.Guarantor(row.string("guarantor_id"), row.string("guarantor_kind")),
                new PatientSummary.Verification(verifiedAt, row.string("verified_by"), due),
                row.string("merged_into"), registeredAt, row.instant("changed_at"), row.instant("erased_at"),
                ((Number) row.values().get("version")).longValue());
    }

    private CoverageSummary toCoverage(Row row) {
        Optional<List<String>> opened = phi.open(row.keyId(), row.sealed());
        List<String> s = opened.orElse(Arrays.asList(new String[SUBSCRIBER_COLUMNS.length]));
        CoverageSummary.Subscriber subscriber = row.string("subscriber_given_name") == null ? null
                : new CoverageSummary.Subscriber(s.get(1), s.get(2),
                        s.get(3) == null ? null : LocalDate.parse(s.get(3)), s.get(4),
                        s.get(5) == null ? null : AddressText.read(s.get(5)));
        var v = row.values();
        return new CoverageSummary(row.string("coverage_id"), row.string("patient_id"), row.string("payer_id"),
                row.string("plan_name"), s.get(0), row.string("group_number"), row.string("relationship"),
                subscriber, row.string("priority"), ((java.sql.Date) v.get("effective_date")).toLocalDate(),
                v.get("termination_date") == null ? null : ((java.sql.Date) v.get("termination_date")).toLocalDate(),
                new Benefits((java.math.BigDecimal) v.get("copay"), (java.math.BigDecimal) v.get("coinsurance"),
                        (java.math.BigDecimal) v.get("deductible"),
                        (java.math.BigDecimal) v.get("deductible_remaining"),
                        (java.math.BigDecimal) v.get("out_of_pocket_max"),
                        (java.math.BigDecimal) v.get("out_of_pocket_remaining")),
                row.string("eligibility_status"), row.instant("eligibility_checked_at"));
    }

    private static Benefits benefits(ResultSet rs) throws SQLException {
        return new Benefits(rs.getBigDecimal("copay"), rs.getBigDecimal("coinsurance"), rs.getBigDecimal("deductible"),
                rs.getBigDecimal("deductible_remaining"), rs.getBigDecimal("out_of_pocket_max"),
                rs.getBigDecimal("out_of_pocket_remaining"));
    }

    private static SealedValue sealed(ResultSet rs, String column) throws SQLException {
        String ciphertext = rs.getString(column);
        return ciphertext == null ? null : new SealedValue(rs.getString("key_id"), ciphertext);
    }
}
