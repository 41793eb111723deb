package io.claimline.localstack.reconcile;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The issue-8 invariants across services' copies, patient-service being the authority: coverage copies (claims,
 * billing) equal its coverages; a merge is redirected in every consumer, and nothing it did not merge is; billing's
 * responsible account for each patient is the guarantor it names. Reads ids, enums and dates to compare, and reports
 * ids and column names only: a differing value is named by its column, never printed.
 */
final class DomainInvariants {

    /** A coverage as patient-service keeps it, or a copy of it. */
    /** An encounter as one service holds it: amounts in dollars; {@code lineSum} the sum of its lines' charges. */
    record Encounter(String encounterId, String clinicId, int revision, boolean voided,
            java.math.BigDecimal totalCharge, java.math.BigDecimal expectedReimbursement, int lines,
            java.math.BigDecimal lineSum) {
    }

    record Coverage(String coverageId, String clinicId, String patientId, String payerId, String priority,
            LocalDate effectiveDate, LocalDate terminationDate) {
    }

    /** A patient as patient-service knows it: guarantor (null: themselves) and the survivor it was merged into. */
    record Patient(String patientId, String clinicId, String guarantorId, String mergedInto) {
    }

    /** A row that sends an id elsewhere: a patient copy merged into a survivor, an account redirected, or the
     * account that answers for a patient. */
    record Pointer(String fromId, String clinicId, String toId) {
    }

    private DomainInvariants() {
    }

    // ---- reading (read-only snapshot of each database) ----

    static Map<String, Coverage> coverages(Database db, String table) throws SQLException {
        return byId(db.query("SELECT coverage_id::text, clinic_id, patient_id::text, payer_id, priority, "
                + "effective_date, termination_date FROM " + table, rs -> new Coverage(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class))), Coverage::coverageId);
    }

    static List<Patient> patients(Database patients) throws SQLException {
        return patients.query("SELECT patient_id::text, clinic_id, guarantor_id, merged_into::text "
                + "FROM rm_patient_summary ORDER BY patient_id", rs -> new Patient(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)));
    }

    /** {@code SELECT from, clinic, to FROM …}: the query must name its three columns in this order. */
    static Map<String, Pointer> pointers(Database db, String sql) throws SQLException {
        return byId(db.query(sql, rs -> new Pointer(rs.getString(1), rs.getString(2), rs.getString(3))),
                Pointer::fromId);
    }

    /**
     * billing's encounters as it last confirmed or corrected them (revision 1 or later: pending ones are billing's
     * own), with the sum of their lines' charges computed from the stored content.
     */
    static Map<String, Encounter> billedEncounters(Database billing) throws SQLException {
        return byId(billing.query("""
                SELECT encounter_id::text, clinic_id, revision, status = 'VOIDED', total_charge,
                    expected_reimbursement, jsonb_array_length(data -> 'lines'),
                    (SELECT sum((line -> 'charge' ->> 'amount')::numeric) FROM jsonb_array_elements(data -> 'lines') line)
                FROM rm_encounter WHERE revision >= 1""", DomainInvariants::encounter), Encounter::encounterId);
    }

    /** claims-service's billable encounters, with the sum of their lines' charges. */
    static Map<String, Encounter> billableEncounters(Database claims) throws SQLException {
        return byId(claims.query("""
                SELECT e.encounter_id::text, e.clinic_id, e.revision, e.status = 'VOIDED', e.total_charge,
                    e.expected_reimbursement, count(l.line_id), sum(l.charge)
                FROM rm_billable_encounter e LEFT JOIN rm_billable_encounter_line l USING (encounter_id)
                GROUP BY e.encounter_id""", DomainInvariants::encounter), Encounter::encounterId);
    }

    private static Encounter encounter(java.sql.ResultSet rs) throws SQLException {
        return new Encounter(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8));
    }

    // ---- comparing (pure) ----

    /**
     * Encounters: in each service, a total that is not the sum of its lines; and claims' copy against billing's
     * confirmed encounters, both ways (missing, extra, or at another revision, status, line count or amount).
     */
    static List<String> encounterCopies(Map<String, Encounter> billed, Map<String, Encounter> billable) {
        List<String> found = new ArrayList<>();
        for (var side : List.of(Map.entry("billing-service rm_encounter", billed),
                Map.entry("claims-service rm_billable_encounter", billable))) {
            side.getValue().values().stream().filter(e -> e.lineSum() == null
                            || e.totalCharge().compareTo(e.lineSum()) != 0)
                    .forEach(e -> found.add("encounter " + e.encounterId() + " (clinic " + e.clinicId() + ") in "
                            + side.getKey() + " has a total charge that is not the sum of its lines"));
        }
        for (String id : new TreeSet<>(union(billed.keySet(), billable.keySet()))) {
            Encounter source = billed.get(id);
            Encounter copied = billable.get(id);
            if (copied == null) {
                found.add("encounter " + id + " (clinic " + source.clinicId() + ") was confirmed in billing but is "
                        + "not in claims-service's rm_billable_encounter");
            } else if (source == null) {
                found.add("claims-service's rm_billable_encounter holds encounter " + id + " (clinic "
                        + copied.clinicId() + "), which billing never confirmed");
            } else {
                List<String> differ = new ArrayList<>();
                compare(differ, "clinic", source.clinicId(), copied.clinicId());
                compare(differ, "revision", source.revision(), copied.revision());
                compare(differ, "voided", source.voided(), copied.voided());
                compare(differ, "lines", source.lines(), copied.lines());
                compare(differ, "total charge", scaled(source.totalCharge()), scaled(copied.totalCharge()));
                compare(differ, "expected reimbursement", scaled(source.expectedReimbursement()),
                        scaled(copied.expectedReimbursement()));
                if (!differ.isEmpty()) {
                    found.add("encounter " + id + " (clinic " + source.clinicId() + ") differs between billing and "
                            + "claims-service in " + String.join(", ", differ));
                }
            }
        }
        return found;
    }

    private static java.math.BigDecimal scaled(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A copy's coverages against patient-service's, both ways. */
    static List<String> coverageCopies(String table, Map<String, Coverage> authority, Map<String, Coverage> copy) {
        List<String> found = new ArrayList<>();
        for (String id : new TreeSet<>(union(authority.keySet(), copy.keySet()))) {
            Coverage source = authority.get(id);
            Coverage copied = copy.get(id);
            if (copied == null) {
                found.add("coverage " + id + " of patient " + source.patientId() + " (clinic " + source.clinicId()
                        + ") is in patient-service's rm_patient_coverage but not in " + table);
            } else if (source == null) {
                found.add(table + " holds coverage " + id + " of patient " + copied.patientId() + " (clinic "
                        + copied.clinicId() + "), which is not in patient-service's rm_patient_coverage");
            } else {
                List<String> differ = new ArrayList<>();
                compare(differ, "clinic", source.clinicId(), copied.clinicId());
                compare(differ, "patient", source.patientId(), copied.patientId());
                compare(differ, "payer", source.payerId(), copied.payerId());
                compare(differ, "priority", source.priority(), copied.priority());
                compare(differ, "effective date", source.effectiveDate(), copied.effectiveDate());
                compare(differ, "termination date", source.terminationDate(), copied.terminationDate());
                if (!differ.isEmpty()) {
                    found.add("coverage " + id + " of patient " + source.patientId() + " (clinic "
                            + source.clinicId() + ") differs from patient-service's in " + table + ": "
                            + String.join(", ", differ));
                }
            }
        }
        return found;
    }

    /**
     * A consumer's merged patients (patient copy → survivor) against patient-service's merges, both ways: a merge
     * not redirected, redirected to another survivor, or a redirect of a patient patient-service did not merge.
     */
    static List<String> patientRedirects(String table, List<Patient> patients, Map<String, Pointer> redirected) {
        Map<String, Patient> merged = mergedOnly(patients);
        List<String> found = new ArrayList<>();
        for (String id : new TreeSet<>(union(merged.keySet(), redirected.keySet()))) {
            Patient source = merged.get(id);
            Pointer copy = redirected.get(id);
            if (copy == null) {
                found.add("patient " + id + " (clinic " + source.clinicId() + ") was merged into "
                        + source.mergedInto() + " in patient-service, but " + table + " does not redirect it");
            } else if (source == null) {
                found.add(table + " redirects patient " + id + " (clinic " + copy.clinicId() + ") to "
                        + copy.toId() + ", but patient-service has not merged it");
            } else if (!source.mergedInto().equals(copy.toId())) {
                found.add(table + " redirects patient " + id + " (clinic " + copy.clinicId() + ") to " + copy.toId()
                        + ", patient-service merged it into " + source.mergedInto());
            }
        }
        return found;
    }

    /**
     * Billing: a merged patient's own account (its id is the patient's) is redirected, and the merged patient is
     * answered for by the account it was redirected to; no other account is redirected.
     */
    static List<String> accountRedirects(List<Patient> patients, Map<String, Pointer> redirects,
            Map<String, Pointer> responsibility) {
        Map<String, Patient> merged = mergedOnly(patients);
        List<String> found = new ArrayList<>();
        for (String id : new TreeSet<>(union(merged.keySet(), redirects.keySet()))) {
            Patient source = merged.get(id);
            Pointer redirect = redirects.get(id);
            if (redirect == null) {
                found.add("patient " + id + " (clinic " + source.clinicId() + ") was merged into "
                        + source.mergedInto() + " in patient-service, but account_redirect does not redirect its "
                        + "account");
            } else if (source == null) {
                found.add("account_redirect redirects account " + id + " (clinic " + redirect.clinicId() + ") to "
                        + redirect.toId() + ", but patient-service has merged no patient " + id);
            } else {
                Pointer answering = responsibility.get(id);
                if (answering == null || !answering.toId().equals(redirect.toId())) {
                    found.add("merged patient " + id + " (clinic " + source.clinicId() + ") is answered for by "
                            + (answering == null ? "no account" : "account " + answering.toId())
                            + " in account_responsibility, its account is redirected to " + redirect.toId());
                }
            }
        }
        return found;
    }

    /**
     * Billing's account_responsibility against patient-service's guarantors: each patient not merged is answered for
     * by its guarantor's account (a guarantor's account has the guarantor's id; no guarantor: the patient's own), in
     * the same clinic; and billing names no patient patient-service does not know. Merged ones: see
     * {@link #accountRedirects}.
     */
    static List<String> responsibilities(List<Patient> patients, Map<String, Pointer> responsibility) {
        Map<String, Patient> known = byId(patients, Patient::patientId);
        List<String> found = new ArrayList<>();
        for (String id : new TreeSet<>(union(known.keySet(), responsibility.keySet()))) {
            Patient source = known.get(id);
            Pointer answering = responsibility.get(id);
            if (source == null) {
                found.add("account_responsibility has account " + answering.toId() + " answer for patient " + id
                        + " (clinic " + answering.clinicId() + "), whom patient-service does not know");
                continue;
            }
            if (source.mergedInto() != null) {
                continue;
            }
            String guarantor = source.guarantorId() == null ? source.patientId() : source.guarantorId();
            if (answering == null) {
                found.add("patient " + id + " (clinic " + source.clinicId() + ") has no account answering for it in "
                        + "account_responsibility; patient-service's guarantor is " + guarantor);
            } else if (!answering.toId().equals(guarantor) || !answering.clinicId().equals(source.clinicId())) {
                found.add("account_responsibility has account " + answering.toId() + " (clinic "
                        + answering.clinicId() + ") answer for patient " + id + ", patient-service's guarantor is "
                        + guarantor + " (clinic " + source.clinicId() + ")");
            }
        }
        return found;
    }

    private static Map<String, Patient> mergedOnly(List<Patient> patients) {
        return byId(patients.stream().filter(p -> p.mergedInto() != null).toList(), Patient::patientId);
    }

    private static void compare(List<String> differ, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differ.add(what);
        }
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
