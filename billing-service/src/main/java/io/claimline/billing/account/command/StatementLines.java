package io.claimline.billing.account.command;

import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.StatementIssuedEvent.StatementLine;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a statement shows of the ledger's lines: every line still open (someone owes on it, or it holds a credit),
 * by patient and date of service. A payer's share is "awaiting insurance", never due from the patient; what a payer
 * was overpaid is netted out of "insurance paid", so each line reads charge − insurance paid − adjustments − patient
 * paid = awaiting insurance + patient due.
 */
final class StatementLines {

    private StatementLines() {
    }

    static List<StatementLine> of(List<LedgerLineState> lines) {
        return lines.stream().filter(StatementLines::open)
                .sorted(Comparator.comparing(LedgerLineState::patientId)
                        .thenComparing(LedgerLineState::dateOfService))
                .map(StatementLines::line).toList();
    }

    private static boolean open(LedgerLineState line) {
        return line.due().stream().anyMatch(share -> share.amount().amount().signum() != 0);
    }

    private static StatementLine line(LedgerLineState line) {
        Money zero = Money.zero(line.charged().currency());
        Money payers = line.due().stream().filter(share -> !share.responsibility().forPatient())
                .map(LedgerLineState.Share::amount).reduce(zero, Money::plus);
        Money patientDue = line.due().stream().filter(share -> share.responsibility().forPatient())
                .map(LedgerLineState.Share::amount).reduce(zero, Money::plus);
        Money awaiting = payers.amount().signum() > 0 ? payers : zero;
        // charge − adjusted − patientPaid − awaiting − patientDue: what insurance paid, net of refunds and credits.
        Money insurancePaid = line.charged().minus(line.adjusted()).minus(line.patientPaid()).minus(awaiting)
                .minus(patientDue);
        return new StatementLine(line.patientId(), line.dateOfService(), line.lineId(), line.procedureCode(),
                line.modifiers(), line.charged(), insurancePaid, line.adjusted(), line.patientPaid(), awaiting,
                patientDue);
    }

    static Money sum(List<StatementLine> lines, java.util.function.Function<StatementLine, Money> amount) {
        return lines.stream().map(amount).filter(Objects::nonNull)
                .reduce(new Money(BigDecimal.ZERO, Money.USD), Money::plus);
    }
}
