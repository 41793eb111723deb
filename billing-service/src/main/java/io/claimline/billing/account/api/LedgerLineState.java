package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One service line of a ledger as it stands: what was charged and by whom it was paid or adjusted, and who owes what
 * is left ({@code due}, one entry per responsibility that ever held a share). charged − insurancePaid − patientPaid
 * − adjusted + refunded = Σ due. Carried whole when a merge moves a line to another account.
 */
public record LedgerLineState(
        UUID lineId,
        UUID encounterId,
        UUID patientId,
        LocalDate dateOfService,
        String procedureCode,
        List<String> modifiers,
        Responsibility billedTo,
        Money charged,
        Money insurancePaid,
        Money patientPaid,
        Money adjusted,
        Money refunded,
        Money badDebt,
        List<Share> due) {

    public LedgerLineState {
        modifiers = List.copyOf(modifiers);
        due = List.copyOf(due);
    }

    public record Share(Responsibility responsibility, Money amount) {
    }
}
