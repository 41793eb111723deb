package io.claimline.billing.statement.document;

import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;

/** Statements for tests: a clinic, a guarantor and lines, so each test states only the amounts it is about. */
final class StatementMother {

    static final LocalDate STATEMENT_DATE = LocalDate.of(2026, 12, 1);
    static final ClinicContact CLINIC = new ClinicContact("Riverside Family Medicine",
            List.of("100 Main Street, Suite 2", "Springfield, IL 62701"), "(217) 555-0142",
            "billing@riverside.example");
    static final Addressee GUARANTOR = new Addressee("Ada Quillfeather",
            List.of("12 Elm Street", "Apt 4", "Springfield, IL 62704"));
    static final List<String> HOW_TO_PAY = List.of("Pay by phone: (217) 555-0142",
            "Mail a check with the stub below", "Pay at the front desk");

    private StatementMother() {
    }

    static Money usd(String amount) {
        return Money.usd(amount);
    }

    /** A line whose patient due is what is left of the charge. */
    static ServiceLine line(String code, String charge, String insurancePaid, String adjustments, String patientPaid,
            String awaitingInsurance) {
        return ServiceLine.of(code, List.of(), "Service " + code, usd(charge), usd(insurancePaid), usd(adjustments),
                usd(patientPaid), usd(awaitingInsurance));
    }

    static ServiceDate date(LocalDate dateOfService, ServiceLine... lines) {
        return ServiceDate.of(dateOfService, List.of(lines));
    }

    static StatementDocument statement(String credit, PatientSection... patients) {
        return StatementDocument.of("5f0c3a52-8f5e-4a0e-9d55-0c1f1d2b7e41", "S-2026-000123",
                "b7d4a1e2-3c4f-4a5b-8c6d-7e8f9a0b1c2d", STATEMENT_DATE, STATEMENT_DATE.plusDays(30), GUARANTOR,
                CLINIC, List.of(patients), usd(credit), HOW_TO_PAY);
    }

    /**
     * Two patients. Bram's office visit is partly with insurance ($777.77 awaited, $102.23 due); his X-ray and
     * Clara's visit are settled by insurance down to the patient's share. Patient due $184.73, credit $10.00.
     */
    static StatementDocument twoPatients() {
        PatientSection bram = PatientSection.of("Bram Quillfeather", List.of(
                date(LocalDate.of(2026, 10, 14),
                        ServiceLine.of("99214", List.of("25"), "Office visit, established patient", usd("1000.00"),
                                usd("0.00"), usd("100.00"), usd("20.00"), usd("777.77")),
                        line("71046", "150.00", "90.00", "30.00", "0.00", "0.00"))));
        PatientSection clara = PatientSection.of("Clara Quillfeather", List.of(
                date(LocalDate.of(2026, 9, 2), line("99393", "2345.67", "1999.17", "294.00", "0.00", "0.00")),
                date(LocalDate.of(2026, 11, 20), line("90686", "45.00", "45.00", "0.00", "0.00", "0.00"))));
        return statement("10.00", bram, clara);
    }
}
