package io.claimline.billing.account.api;

import io.claimline.platform.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A statement was issued to the guarantor: the account's open service lines as they stood (per patient and date of
 * service), what is awaiting insurance (never due from the patient), the unapplied credit and the amount due.
 * {@code guarantor} is who it is addressed to, sealed (null when the account's holder is its own guarantor and no
 * guarantor was ever assigned: then the holder patient's own sealed name and address are used). Rendering, storing
 * and delivering the document follow from this event, once.
 */
public record StatementIssuedEvent(
        AccountId accountId,
        UUID statementId,
        String statementNumber,
        LocalDate issuedOn,
        LocalDate dueDate,
        SealedGuarantor guarantor,
        List<StatementLine> lines,
        Money awaitingInsurance,
        Money patientDue,
        Money unappliedCredit,
        Money amountDue,
        boolean onDemand,
        Instant issuedAt) implements PatientAccountEvent {

    public StatementIssuedEvent {
        lines = List.copyOf(lines);
    }

    /**
     * One service line on a statement; charge − insurancePaid − adjustments − patientPaid = awaitingInsurance +
     * patientDue. {@code insurancePaid} is net of what was refunded or is owed back to a payer.
     */
    public record StatementLine(UUID patientId, LocalDate dateOfService, UUID lineId, String procedureCode,
            List<String> modifiers, Money charge, Money insurancePaid, Money adjustments, Money patientPaid,
            Money awaitingInsurance, Money patientDue) {

        public StatementLine {
            modifiers = List.copyOf(modifiers);
        }
    }
}
