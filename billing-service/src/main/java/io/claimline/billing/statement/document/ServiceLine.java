package io.claimline.billing.statement.document;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One service as billed and where its charge stands. A line balances to the cent: charge − insurance paid −
 * adjustments − patient paid = awaiting insurance + patient due. The part still awaiting insurance is never patient
 * due; a patient overpayment shows as a negative patient due (or, moved off the line by the ledger, as the
 * statement's unapplied credit).
 */
@Schema(description = "One service on a date of service, with its charge and what has happened to it")
public record ServiceLine(
        @Schema(example = "99213") String procedureCode,
        @Schema(example = "[\"25\"]") List<String> modifiers,
        @Schema(nullable = true, example = "Office visit, established patient") String description,
        @Schema(description = "What the service was billed at") Money charge,
        Money insurancePaid,
        @Schema(description = "Contractual and other adjustments (write-downs) on the line") Money adjustments,
        @Schema(description = "What the patient has paid on the line") Money patientPaid,
        @Schema(description = "Balance still with insurance: not due from the patient") Money awaitingInsurance,
        @Schema(description = "What the patient owes on the line") Money patientDue) {

    public ServiceLine {
        Amounts.requireText("procedureCode", procedureCode);
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        requireAmounts(charge, insurancePaid, adjustments, patientPaid, awaitingInsurance);
        Amounts.requireAmount("patientDue", patientDue);
        Amounts.requireNotNegative("awaitingInsurance", awaitingInsurance);
        Money balance = charge.minus(insurancePaid).minus(adjustments).minus(patientPaid);
        if (!balance.equals(awaitingInsurance.plus(patientDue))) {
            throw new IllegalArgumentException("service line does not balance: charge - insurancePaid - adjustments"
                    + " - patientPaid is " + balance + " but awaitingInsurance + patientDue is "
                    + awaitingInsurance.plus(patientDue));
        }
    }

    /** A line whose patient due is what is left once insurance, adjustments, payments and the awaited part are off. */
    public static ServiceLine of(String procedureCode, List<String> modifiers, String description, Money charge,
            Money insurancePaid, Money adjustments, Money patientPaid, Money awaitingInsurance) {
        requireAmounts(charge, insurancePaid, adjustments, patientPaid, awaitingInsurance);
        Money patientDue = charge.minus(insurancePaid).minus(adjustments).minus(patientPaid).minus(awaitingInsurance);
        return new ServiceLine(procedureCode, modifiers, description, charge, insurancePaid, adjustments,
                patientPaid, awaitingInsurance, patientDue);
    }

    private static void requireAmounts(Money charge, Money insurancePaid, Money adjustments, Money patientPaid,
            Money awaitingInsurance) {
        Amounts.requireAmount("charge", charge);
        Amounts.requireAmount("insurancePaid", insurancePaid);
        Amounts.requireAmount("adjustments", adjustments);
        Amounts.requireAmount("patientPaid", patientPaid);
        Amounts.requireAmount("awaitingInsurance", awaitingInsurance);
    }
}
