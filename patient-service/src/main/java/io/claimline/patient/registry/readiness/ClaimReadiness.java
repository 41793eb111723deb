package io.claimline.patient.registry.readiness;

import io.claimline.patient.payer.query.PayerView;
import io.claimline.patient.registry.query.CoverageSummary;
import io.claimline.patient.registry.query.PatientSummary;
import io.claimline.platform.kernel.UsAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an 837 for this patient and coverage would miss or get wrong, found before the claim is built: the patient's
 * and the subscriber's demographics the claim prints (2010BA/2010CA: name, date of birth, sex, street address), the
 * coverage in force on the date of service, its member id and payer. Errors stop a claim; warnings are worth fixing.
 */
public final class ClaimReadiness {

    private ClaimReadiness() {
    }

    /** One finding: the field (a JSON path into the patient or coverage) and what is wrong with it. */
    public record Issue(String field, String severity, String message) {

        static Issue error(String field, String message) {
            return new Issue(field, "ERROR", message);
        }

        static Issue warning(String field, String message) {
            return new Issue(field, "WARNING", message);
        }
    }

    /** The verification status: VERIFIED, or DUE when older than the period or never confirmed. */
    public record Verification(String status, Instant verifiedAt, String verifiedBy) {
    }

    public record Report(String patientId, String coverageId, LocalDate dateOfService, boolean ready,
            List<Issue> issues, Verification verification) {
    }

    public static Report check(PatientSummary patient, CoverageSummary coverage, PayerView payer,
            LocalDate dateOfService) {
        List<Issue> issues = new ArrayList<>();
        if (!patient.phiAvailable()) {
            issues.add(Issue.error("patient", "the patient's data was erased"));
        } else if (!patient.active()) {
            issues.add(Issue.error("patient", "the patient is inactive or was merged"));
        }
        person(issues, "patient", patient.givenName(), patient.familyName(), patient.dateOfBirth(), patient.sex(),
                patient.address(), true);
        if (patient.verification().reverificationDue()) {
            issues.add(Issue.warning("verification", "demographics are due for re-verification with the patient"));
        }
        if (coverage == null) {
            issues.add(Issue.error("coverage", "no coverage in force on the date of service"));
        } else {
            coverage(issues, coverage, payer, dateOfService);
        }
        boolean ready = issues.stream().noneMatch(issue -> issue.severity().equals("ERROR"));
        var v = patient.verification();
        return new Report(patient.patientId(), coverage == null ? null : coverage.coverageId(), dateOfService, ready,
                List.copyOf(issues), new Verification(v.verifiedAt() == null || v.reverificationDue() ? "DUE"
                        : "VERIFIED", v.verifiedAt(), v.verifiedBy()));
    }

    private static void coverage(List<Issue> issues, CoverageSummary coverage, PayerView payer, LocalDate day) {
        if (!coverage.inForceOn(day)) {
            issues.add(Issue.error("coverage.effectiveDate", "the coverage is not in force on the date of service"));
        }
        if (coverage.memberId() == null) {
            issues.add(Issue.error("coverage.memberId", "is missing"));
        }
        if (payer == null) {
            issues.add(Issue.error("coverage.payerId", "the payer is not in the clinic's registry"));
        } else {
            if (!payer.active()) {
                issues.add(Issue.error("coverage.payerId", "the payer is inactive"));
            }
            if (!payer.acceptsElectronicClaims()) {
                issues.add(Issue.warning("coverage.payerId", "the payer does not accept electronic claims"));
            }
        }
        if (!"SELF".equals(coverage.relationship())) {
            CoverageSummary.Subscriber s = coverage.subscriber();
            if (s == null) {
                issues.add(Issue.error("coverage.subscriber", "is missing"));
            } else {
                person(issues, "coverage.subscriber", s.givenName(), s.familyName(), s.dateOfBirth(), s.sex(),
                        s.address(), false);
            }
        }
        if (!"ACTIVE".equals(coverage.eligibilityStatus())) {
            issues.add(Issue.warning("coverage.eligibility", coverage.eligibilityStatus() == null
                    ? "eligibility was never checked" : "the last eligibility check answered "
                    + coverage.eligibilityStatus()));
        }
    }

    /** The patient's street address is required on every claim; a subscriber's when the payer needs it. */
    private static void person(List<Issue> issues, String prefix, String given, String family, LocalDate born,
            String sex, UsAddress address, boolean addressRequired) {
        if (given == null) {
            issues.add(Issue.error(prefix + ".givenName", "is missing"));
        }
        if (family == null) {
            issues.add(Issue.error(prefix + ".familyName", "is missing"));
        }
        if (born == null) {
            issues.add(Issue.error(prefix + ".dateOfBirth", "is missing"));
        }
        if (sex == null || sex.equals("U")) {
            issues.add(Issue.warning(prefix + ".sex", "is missing or unknown (payers may reject DMG03 U)"));
        }
        if (address == null) {
            issues.add(addressRequired ? Issue.error(prefix + ".address", "a street address is missing")
                    : Issue.warning(prefix + ".address", "a street address is missing"));
        } else if (address.line1().toUpperCase(java.util.Locale.ROOT).matches("(P\\.? ?O\\.?|POST OFFICE) ?BOX.*")) {
            issues.add(Issue.error(prefix + ".address.line1", "must be a street address, not a post office box"));
        }
    }
}
