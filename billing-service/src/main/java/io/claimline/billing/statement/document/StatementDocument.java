package io.claimline.billing.statement.document;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient statement as it is printed and as it is answered in JSON: one guarantor, itemised per patient and date
 * of service, with the summary and how to pay. Every total is checked against its lines when the record is built,
 * so an inconsistent statement cannot exist; {@link #of} computes them, so callers supply lines only. The
 * guarantor's and patients' names are opened from the vault for the rendering and never stored in the clear here.
 */
@Schema(description = "A patient statement: one guarantor, itemised per patient and date of service")
public record StatementDocument(
        @Schema(example = "5f0c3a52-8f5e-4a0e-9d55-0c1f1d2b7e41") String statementId,
        @Schema(description = "Printed on the statement and the remittance stub", example = "S-2026-000123")
        String statementNumber,
        @Schema(description = "The guarantor account, printed as the account number",
                example = "b7d4a1e2-3c4f-4a5b-8c6d-7e8f9a0b1c2d") String accountId,
        @Schema(example = "2026-12-01") LocalDate statementDate,
        @Schema(example = "2026-12-31") LocalDate dueDate,
        Addressee guarantor,
        ClinicContact clinic,
        List<PatientSection> patients,
        StatementTotals totals,
        @Schema(description = "How to pay, one printed line each",
                example = "[\"Pay by phone: (217) 555-0142\", \"Mail a check to the address below\"]")
        List<String> howToPay) {

    public StatementDocument {
        Amounts.requireText("statementId", statementId);
        Amounts.requireText("statementNumber", statementNumber);
        Amounts.requireText("accountId", accountId);
        if (statementDate == null || dueDate == null) {
            throw new IllegalArgumentException("statementDate and dueDate are required");
        }
        if (dueDate.isBefore(statementDate)) {
            throw new IllegalArgumentException("dueDate is before statementDate");
        }
        if (guarantor == null || clinic == null) {
            throw new IllegalArgumentException("guarantor and clinic are required");
        }
        patients = patients == null ? List.of() : List.copyOf(patients);
        if (totals == null) {
            throw new IllegalArgumentException("totals are required");
        }
        totals.requireSumOf(patients);
        if (howToPay == null || howToPay.isEmpty()) {
            throw new IllegalArgumentException("howToPay needs at least one line");
        }
        howToPay = List.copyOf(howToPay);
    }

    /** The statement with its totals summed from the patient sections and the unapplied credit taken off. */
    public static StatementDocument of(String statementId, String statementNumber, String accountId,
            LocalDate statementDate, LocalDate dueDate, Addressee guarantor, ClinicContact clinic,
            List<PatientSection> patients, Money unappliedCredit, List<String> howToPay) {
        List<PatientSection> sections = patients == null ? List.of() : patients;
        return new StatementDocument(statementId, statementNumber, accountId, statementDate, dueDate, guarantor,
                clinic, sections, StatementTotals.of(sections, unappliedCredit), howToPay);
    }
}
