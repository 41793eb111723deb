package io.claimline.billing.statement.document;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One patient the guarantor answers for: their dates of service and what the patient owes across them (checked
 * against the dates' totals). {@code toString} hides the patient's name.
 */
@Schema(description = "One patient's services on the statement")
public record PatientSection(
        @Schema(example = "Ada Quillfeather") String patientName,
        List<ServiceDate> dates,
        @Schema(description = "Sum of the dates' patient due") Money patientDue) {

    public PatientSection {
        Amounts.requireText("patientName", patientName);
        if (dates == null || dates.isEmpty()) {
            throw new IllegalArgumentException("a patient section needs at least one date of service");
        }
        dates = List.copyOf(dates);
        Set<LocalDate> seen = new HashSet<>();
        for (ServiceDate date : dates) {
            if (!seen.add(date.dateOfService())) {
                throw new IllegalArgumentException("a date of service appears twice in one patient section");
            }
        }
        if (patientDue == null) {
            throw new IllegalArgumentException("patientDue is required");
        }
        Amounts.requireEqual("patientDue", patientDue, sumOfDates(dates));
    }

    /** The section with its patient due summed from the dates. */
    public static PatientSection of(String patientName, List<ServiceDate> dates) {
        if (dates == null || dates.isEmpty()) {
            throw new IllegalArgumentException("a patient section needs at least one date of service");
        }
        return new PatientSection(patientName, dates, sumOfDates(dates));
    }

    private static Money sumOfDates(List<ServiceDate> dates) {
        Money zero = Money.zero(dates.get(0).totals().patientDue().currency());
        return Amounts.sum(dates, date -> date.totals().patientDue(), zero);
    }

    @Override
    public String toString() {
        return "PatientSection[patientName=hidden, dates=" + dates.size() + ", patientDue=" + patientDue + "]";
    }
}
