package io.claimline.billing.account.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue a statement dated {@code issuedOn}, due {@code dueDate}: refused when the patient owes nothing or when the
 * last statement is less than {@code minimumInterval} old (a guarantor is never sent statements more often).
 * {@code onDemand}: asked for by a biller rather than by the cycle.
 */
public record IssueStatementCommand(
        @TargetAggregateIdentifier AccountId accountId,
        UUID statementId,
        LocalDate issuedOn,
        LocalDate dueDate,
        Period minimumInterval,
        boolean onDemand) {
}
