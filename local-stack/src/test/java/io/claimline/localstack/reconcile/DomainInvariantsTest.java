package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.localstack.reconcile.DomainInvariants.Coverage;
import io.claimline.localstack.reconcile.DomainInvariants.Encounter;
import io.claimline.localstack.reconcile.DomainInvariants.Patient;
import io.claimline.localstack.reconcile.DomainInvariants.Pointer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainInvariantsTest {

    private static final LocalDate JAN = LocalDate.parse("2026-01-01");
    private static final Coverage K1 = new Coverage("k1", "clinic-001", "p1", "payer-1", "PRIMARY", JAN, null);
    private static final Coverage K2 = new Coverage("k2", "clinic-001", "p1", "payer-2", "SECONDARY", JAN, null);

    private static final Patient CHILD = new Patient("p1", "clinic-001", "g1", null);
    private static final Patient SELF = new Patient("p2", "clinic-001", "p2", null);
    private static final Patient OLD = new Patient("p3", "clinic-001", null, null);
    private static final Patient SURVIVOR = new Patient("p4", "clinic-001", "p4", null);
    private static final Patient DUPLICATE = new Patient("p5", "clinic-001", "p5", "p4");
    private static final List<Patient> PATIENTS = List.of(CHILD, SELF, OLD, SURVIVOR, DUPLICATE);

    @Test
    void equalCoverageCopiesAreClean() {
        assertThat(DomainInvariants.coverageCopies("rm_coverage_copy", Map.of("k1", K1, "k2", K2),
                Map.of("k1", K1, "k2", K2))).isEmpty();
    }

    @Test
    void aCoverageMissingExtraOrDifferingIsFoundByColumnNotValue() {
        Coverage reordered = new Coverage("k1", "clinic-001", "p1", "payer-1", "SECONDARY", JAN,
                LocalDate.parse("2026-06-30"));
        Coverage foreign = new Coverage("k9", "clinic-002", "p7", "payer-1", "PRIMARY", JAN, null);

        assertThat(DomainInvariants.coverageCopies("rm_coverage_copy", Map.of("k1", K1, "k2", K2),
                Map.of("k1", reordered, "k9", foreign))).containsExactly(
                "coverage k1 of patient p1 (clinic clinic-001) differs from patient-service's in rm_coverage_copy: "
                        + "priority, termination date",
                "coverage k2 of patient p1 (clinic clinic-001) is in patient-service's rm_patient_coverage but not "
                        + "in rm_coverage_copy",
                "rm_coverage_copy holds coverage k9 of patient p7 (clinic clinic-002), which is not in "
                        + "patient-service's rm_patient_coverage");
    }

    @Test
    void aMergeRedirectedToItsSurvivorAndNothingElseIsClean() {
        assertThat(DomainInvariants.patientRedirects("rm_patient_copy", PATIENTS,
                Map.of("p5", new Pointer("p5", "clinic-001", "p4")))).isEmpty();
    }

    @Test
    void aMergeNotRedirectedRedirectedElsewhereOrARedirectWithoutAMergeIsFound() {
        assertThat(DomainInvariants.patientRedirects("rm_watched_patient", PATIENTS, Map.of())).containsExactly(
                "patient p5 (clinic clinic-001) was merged into p4 in patient-service, but rm_watched_patient does "
                        + "not redirect it");
        assertThat(DomainInvariants.patientRedirects("rm_patient_copy", PATIENTS, Map.of(
                "p5", new Pointer("p5", "clinic-001", "p2"), "p1", new Pointer("p1", "clinic-001", "p2"))))
                .containsExactly("rm_patient_copy redirects patient p1 (clinic clinic-001) to p2, but patient-service "
                                + "has not merged it",
                        "rm_patient_copy redirects patient p5 (clinic clinic-001) to p2, patient-service merged it "
                                + "into p4");
    }

    @Test
    void billingRedirectsTheMergedPatientsAccountAndAnswersForItFromThere() {
        Map<String, Pointer> responsibility = Map.of("p5", new Pointer("p5", "clinic-001", "g4"));

        assertThat(DomainInvariants.accountRedirects(PATIENTS, Map.of("p5", new Pointer("p5", "clinic-001", "g4")),
                responsibility)).isEmpty();
        assertThat(DomainInvariants.accountRedirects(PATIENTS, Map.of("p2", new Pointer("p2", "clinic-001", "g4")),
                responsibility)).containsExactly(
                "account_redirect redirects account p2 (clinic clinic-001) to g4, but patient-service has merged no "
                        + "patient p2",
                "patient p5 (clinic clinic-001) was merged into p4 in patient-service, but account_redirect does not "
                        + "redirect its account");
        assertThat(DomainInvariants.accountRedirects(PATIENTS, Map.of("p5", new Pointer("p5", "clinic-001", "g4")),
                Map.of())).containsExactly("merged patient p5 (clinic clinic-001) is answered for by no account in "
                + "account_responsibility, its account is redirected to g4");
    }

    @Test
    void eachPatientIsAnsweredForByItsGuarantorsAccountOrItsOwn() {
        Map<String, Pointer> agreeing = Map.of(
                "p1", new Pointer("p1", "clinic-001", "g1"),
                "p2", new Pointer("p2", "clinic-001", "p2"),
                "p3", new Pointer("p3", "clinic-001", "p3"),
                "p4", new Pointer("p4", "clinic-001", "p4"),
                "p5", new Pointer("p5", "clinic-001", "whatever-the-merge-left"));

        assertThat(DomainInvariants.responsibilities(PATIENTS, agreeing)).isEmpty();
    }

    @Test
    void aWrongMissingOrUnknownResponsibilityIsFound() {
        Map<String, Pointer> disagreeing = Map.of(
                "p1", new Pointer("p1", "clinic-001", "p1"),
                "p3", new Pointer("p3", "clinic-002", "p3"),
                "p4", new Pointer("p4", "clinic-001", "p4"),
                "p9", new Pointer("p9", "clinic-001", "p9"));

        assertThat(DomainInvariants.responsibilities(PATIENTS, disagreeing)).containsExactly(
                "account_responsibility has account p1 (clinic clinic-001) answer for patient p1, patient-service's "
                        + "guarantor is g1 (clinic clinic-001)",
                "patient p2 (clinic clinic-001) has no account answering for it in account_responsibility; "
                        + "patient-service's guarantor is p2",
                "account_responsibility has account p3 (clinic clinic-002) answer for patient p3, patient-service's "
                        + "guarantor is p3 (clinic clinic-001)",
                "account_responsibility has account p9 answer for patient p9 (clinic clinic-001), whom "
                        + "patient-service does not know");
    }

    @Test
    void claimsHoldsEveryConfirmedEncounterAtBillingsRevisionAndNothingElse() {
        Encounter confirmed = encounter("e1", 1, false, "165.00", "122.15", 2, "165.00");
        Encounter voided = encounter("e2", 2, true, "125.00", null, 1, "125.00");
        Map<String, Encounter> billed = Map.of("e1", confirmed, "e2", voided);

        assertThat(DomainInvariants.encounterCopies(billed, Map.of("e1", confirmed, "e2", voided))).isEmpty();
        assertThat(DomainInvariants.encounterCopies(billed, Map.of(
                "e1", encounter("e1", 1, false, "165.00", "122.16", 2, "165.00"),
                "e3", encounter("e3", 1, false, "10.00", null, 1, "10.00")))).containsExactly(
                "encounter e1 (clinic clinic-001) differs between billing and claims-service in expected reimbursement",
                "encounter e2 (clinic clinic-001) was confirmed in billing but is not in claims-service's "
                        + "rm_billable_encounter",
                "claims-service's rm_billable_encounter holds encounter e3 (clinic clinic-001), which billing never "
                        + "confirmed");
        assertThat(DomainInvariants.encounterCopies(billed, Map.of("e1", encounter("e1", 2, false, "125.00",
                "122.15", 1, "125.00"), "e2", encounter("e2", 2, false, "125.00", null, 1, "125.00"))))
                .containsExactly("encounter e1 (clinic clinic-001) differs between billing and claims-service in "
                        + "revision, lines, total charge",
                        "encounter e2 (clinic clinic-001) differs between billing and claims-service in voided");
    }

    @Test
    void aTotalThatIsNotTheSumOfItsLinesIsFoundInEitherService() {
        Encounter wrong = encounter("e1", 1, false, "165.00", null, 2, "160.00");
        assertThat(DomainInvariants.encounterCopies(Map.of("e1", wrong), Map.of("e1", wrong))).containsExactly(
                "encounter e1 (clinic clinic-001) in billing-service rm_encounter has a total charge that is not the "
                        + "sum of its lines",
                "encounter e1 (clinic clinic-001) in claims-service rm_billable_encounter has a total charge that is "
                        + "not the sum of its lines");
    }

    private static Encounter encounter(String id, int revision, boolean voided, String total, String expected,
            int lines, String lineSum) {
        return new Encounter(id, "clinic-001", revision, voided, new BigDecimal(total),
                expected == null ? null : new BigDecimal(expected), lines, new BigDecimal(lineSum));
    }
}
