package io.claimline.billing.statement.document;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The statement's summary: column sums over every line of every patient, and what the guarantor is asked to pay.
 * {@code amountDue = max(0, patientDue − unappliedCredit)}: a balance still awaiting insurance is never in it, and a
 * credit larger than what is due leaves nothing due (the credit is shown in full).
 */
@Schema(description = "Summary of the statement; amountDue is what the guarantor is asked to pay")
public record StatementTotals(
        Money charges,
        Money insurancePaid,
        Money adjustments,
        @Schema(description = "Payments the patient made on the lines") Money patientPaid,
        @Schema(description = "Balance still with insurance: shown, never due from the guarantor")
        Money awaitingInsurance,
        @Schema(description = "Sum of the patient sections' patient due, before unapplied credit") Money patientDue,
        @Schema(description = "Payments on the account not yet applied to a line; taken off the amount due")
        Money unappliedCredit,
        @Schema(description = "max(0, patientDue - unappliedCredit)") Money amountDue) {

    public StatementTotals {
        Amounts.requireAmount("totals.charges", charges);
        Amounts.requireAmount("totals.insurancePaid", insurancePaid);
        Amounts.requireAmount("totals.adjustments", adjustments);
        Amounts.requireAmount("totals.patientPaid", patientPaid);
        Amounts.requireAmount("totals.awaitingInsurance", awaitingInsurance);
        Amounts.requireAmount("totals.patientDue", patientDue);
        Amounts.requireAmount("totals.unappliedCredit", unappliedCredit);
        Amounts.requireAmount("totals.amountDue", amountDue);
        Amounts.requireNotNegative("totals.unappliedCredit", unappliedCredit);
        Amounts.requireEqual("totals.amountDue", amountDue, amountDue(patientDue, unappliedCredit));
    }

    /** The sums over the sections' lines, with the unapplied credit taken off what is due. */
    public static StatementTotals of(List<PatientSection> patients, Money unappliedCredit) {
        Amounts.requireAmount("unappliedCredit", unappliedCredit);
        List<DateTotals> dates = patients.stream().flatMap(p -> p.dates().stream()).map(ServiceDate::totals).toList();
        Money zero = Money.zero(unappliedCredit.currency());
        Money patientDue = Amounts.sum(patients, PatientSection::patientDue, zero);
        return new StatementTotals(Amounts.sum(dates, DateTotals::charges, zero),
                Amounts.sum(dates, DateTotals::insurancePaid, zero),
                Amounts.sum(dates, DateTotals::adjustments, zero),
                Amounts.sum(dates, DateTotals::patientPaid, zero),
                Amounts.sum(dates, DateTotals::awaitingInsurance, zero),
                patientDue, unappliedCredit, amountDue(patientDue, unappliedCredit));
    }

    /** Credit beyond what is due, kept on the account (zero when the credit does not cover the patient due). */
    public Money creditRemaining() {
        return Amounts.max(unappliedCredit.minus(patientDue), Money.zero(unappliedCredit.currency()));
    }

    private static Money amountDue(Money patientDue, Money unappliedCredit) {
        return Amounts.max(patientDue.minus(unappliedCredit), Money.zero(patientDue.currency()));
    }

    /** Refuses totals that are not the sums over these sections, naming the first amount that differs. */
    void requireSumOf(List<PatientSection> patients) {
        StatementTotals sums = of(patients, unappliedCredit);
        Amounts.requireEqual("totals.charges", charges, sums.charges);
        Amounts.requireEqual("totals.insurancePaid", insurancePaid, sums.insurancePaid);
        Amounts.requireEqual("totals.adjustments", adjustments, sums.adjustments);
        Amounts.requireEqual("totals.patientPaid", patientPaid, sums.patientPaid);
        Amounts.requireEqual("totals.awaitingInsurance", awaitingInsurance, sums.awaitingInsurance);
        Amounts.requireEqual("totals.patientDue", patientDue, sums.patientDue);
    }
}
