package io.claimline.billing.statement.document;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The sums of one date of service's lines, column by column. */
@Schema(description = "Sums of the date of service's lines")
public record DateTotals(Money charges, Money insurancePaid, Money adjustments, Money patientPaid,
        Money awaitingInsurance, Money patientDue) {

    public DateTotals {
        if (charges == null || insurancePaid == null || adjustments == null || patientPaid == null
                || awaitingInsurance == null || patientDue == null) {
            throw new IllegalArgumentException("date totals need every amount");
        }
    }

    /** The column sums of the lines (at least one, all in one currency). */
    public static DateTotals of(List<ServiceLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a date of service needs at least one line");
        }
        Money zero = Money.zero(lines.get(0).charge().currency());
        return new DateTotals(Amounts.sum(lines, ServiceLine::charge, zero),
                Amounts.sum(lines, ServiceLine::insurancePaid, zero),
                Amounts.sum(lines, ServiceLine::adjustments, zero),
                Amounts.sum(lines, ServiceLine::patientPaid, zero),
                Amounts.sum(lines, ServiceLine::awaitingInsurance, zero),
                Amounts.sum(lines, ServiceLine::patientDue, zero));
    }

    /** Refuses totals that are not the column sums, naming the first column that differs. */
    void requireSumOf(List<ServiceLine> lines) {
        DateTotals sums = of(lines);
        Amounts.requireEqual("totals.charges", charges, sums.charges);
        Amounts.requireEqual("totals.insurancePaid", insurancePaid, sums.insurancePaid);
        Amounts.requireEqual("totals.adjustments", adjustments, sums.adjustments);
        Amounts.requireEqual("totals.patientPaid", patientPaid, sums.patientPaid);
        Amounts.requireEqual("totals.awaitingInsurance", awaitingInsurance, sums.awaitingInsurance);
        Amounts.requireEqual("totals.patientDue", patientDue, sums.patientDue);
    }
}
