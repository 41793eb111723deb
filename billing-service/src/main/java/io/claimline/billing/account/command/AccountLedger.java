package io.claimline.billing.account.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.AdjustmentReason;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.ChargeReversedEvent;
import io.claimline.billing.account.api.IssueRefundCommand;
import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.LineAmount;
import io.claimline.billing.account.api.PatientAccountEvent;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.PostAdjustmentCommand;
import io.claimline.billing.account.api.PostEncounterChargesCommand;
import io.claimline.billing.account.api.PostPaymentCommand;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.ReverseEncounterChargesCommand;
import io.claimline.billing.account.api.TransferReason;
import io.claimline.billing.account.api.TransferResponsibilityCommand;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The postings of one guarantor account, without Axon: service lines with who owes what on each, the patient's
 * unapplied credit (the sources already posted are {@link PostingSources}'s). Each decision answers the events to
 * apply (nothing changes until they are applied through {@link #on(PatientAccountEvent)}), so the same rules replay
 * the history.
 *
 * <p>Per line, charged − insurancePaid − patientPaid − adjusted + refunded = Σ shares; the account's balance is
 * Σ shares over lines − unapplied credit.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class AccountLedger {

    private static final Money ZERO = Money.zero(Money.USD);

    private AccountId accountId;
    private Map<UUID, LedgerLine> lines = new LinkedHashMap<>();
    private Money unapplied = ZERO;
    /** A balance that came in by a merge without postings (accounts from before postings existed): the patient's. */
    private Money broughtForward = ZERO;

    private AccountLedger() {
        // for snapshots
    }

    AccountLedger(AccountId accountId) {
        this.accountId = accountId;
    }

    List<PatientAccountEvent> charges(PostEncounterChargesCommand command, Supplier<UUID> ids, Instant now) {
        List<PatientAccountEvent> events = new ArrayList<>();
        boolean first = lines.values().stream().noneMatch(line -> line.encounterId().equals(command.encounterId()));
        List<UUID> kept = new ArrayList<>();
        for (PostEncounterChargesCommand.ChargeLine charge : command.lines()) {
            kept.add(charge.lineId());
            LedgerLine existing = lines.get(charge.lineId());
            if (existing != null && !existing.encounterId().equals(command.encounterId())) {
                throw new StateConflictException("lineId", "the line belongs to another encounter");
            }
            Money delta = existing == null ? charge.charge() : charge.charge().minus(existing.charged());
            // A line re-coded at the same charge posts nothing but its new codes (a zero charge), so statements and
            // the ledger show what was billed.
            boolean recoded = existing != null && (!existing.procedureCode().equals(charge.procedureCode())
                    || !existing.modifiers().equals(charge.modifiers()));
            if (delta.amount().signum() > 0 || existing == null || recoded) {
                events.add(new ChargePostedEvent(accountId, ids.get(), command.source(), command.encounterId(),
                        charge.lineId(), command.patientId(), charge.dateOfService(), charge.procedureCode(),
                        charge.modifiers(), command.billedTo(), delta.amount().signum() > 0 ? delta : ZERO, now));
            }
            if (delta.amount().signum() < 0) {
                events.addAll(reversal(existing, LedgerLine.negate(delta), command.source(),
                        "amended", ids, now));
            }
        }
        for (LedgerLine line : encounterLines(command.encounterId())) {
            if (!kept.contains(line.lineId()) && line.charged().amount().signum() != 0) {
                events.addAll(reversal(line, line.charged(), command.source(), "line removed", ids, now));
            }
        }
        if (first && command.copay() != null && !command.billedTo().forPatient()) {
            Money left = command.copay();
            for (PostEncounterChargesCommand.ChargeLine charge : command.lines()) {
                Money part = min(left, charge.charge());
                if (part.amount().signum() > 0) {
                    events.add(new ResponsibilityTransferredEvent(accountId, ids.get(), command.source(),
                            charge.lineId(), command.billedTo(), Responsibility.PATIENT, part, TransferReason.COPAY,
                            now));
                    left = left.minus(part);
                }
            }
        }
        return events;
    }

    List<PatientAccountEvent> reversals(ReverseEncounterChargesCommand command, Supplier<UUID> ids, Instant now) {
        List<PatientAccountEvent> events = new ArrayList<>();
        for (LedgerLine line : encounterLines(command.encounterId())) {
            if (line.charged().amount().signum() != 0) {
                events.addAll(reversal(line, line.charged(), command.source(), command.reason(), ids, now));
            }
        }
        return events;
    }

    /** A reversal takes from the shares still owed (the billed party's first), the rest from the billed party. */
    private List<PatientAccountEvent> reversal(LedgerLine line, Money amount, String source, String reason,
            Supplier<UUID> ids, Instant now) {
        List<PatientAccountEvent> events = new ArrayList<>();
        List<Responsibility> order = new ArrayList<>();
        order.add(line.billedTo());
        line.holders().stream().filter(r -> !r.equals(line.billedTo())).forEach(order::add);
        Money left = amount;
        for (Responsibility holder : order) {
            Money part = min(left, positive(line.due(holder)));
            if (part.amount().signum() > 0) {
                events.add(new ChargeReversedEvent(accountId, ids.get(), source, line.encounterId(), line.lineId(),
                        holder, part, reason, now));
                left = left.minus(part);
            }
        }
        if (left.amount().signum() > 0) {
            events.add(new ChargeReversedEvent(accountId, ids.get(), source, line.encounterId(), line.lineId(),
                    line.billedTo(), left, reason, now));
        }
        return events;
    }

    PaymentPostedEvent payment(PostPaymentCommand command, UUID postingId, Instant now) {
        requirePositive(command.amount());
        if (!command.paidBy().forPatient()) {
            if (command.lineId() == null) {
                throw new StateConflictException("lineId", "a payer's payment pays a service line");
            }
            line(command.lineId());
            return new PaymentPostedEvent(accountId, postingId, command.source(), command.paidBy(), command.method(),
                    command.reference(), command.cardLastFour(), command.receivedOn(), command.amount(),
                    List.of(new LineAmount(command.lineId(), command.amount())), ZERO, now);
        }
        List<LineAmount> applied = spread(command.amount(), Responsibility.PATIENT,
                target(command.encounterId(), command.lineId()));
        Money rest = command.amount().minus(sum(applied));
        return new PaymentPostedEvent(accountId, postingId, command.source(), command.paidBy(), command.method(),
                command.reference(), command.cardLastFour(), command.receivedOn(), command.amount(), applied, rest,
                now);
    }

    AdjustmentPostedEvent adjustment(PostAdjustmentCommand command, UUID postingId, String approvedBy,
            Instant now) {
        requirePositive(command.amount());
        Predicate<LedgerLine> target = target(null, command.lineId());
        List<LineAmount> applied;
        Money amount;
        if (command.reason() == AdjustmentReason.BAD_DEBT_RECOVERY) {
            if (!command.responsibility().forPatient()) {
                throw new StateConflictException("responsibility", "only a patient balance is recovered from bad debt");
            }
            Money written = sorted(target).stream().map(LedgerLine::badDebt).reduce(ZERO, Money::plus);
            if (command.amount().amount().compareTo(written.amount()) > 0) {
                throw new StateConflictException("amount", "the recovery is larger than the bad debt written off");
            }
            applied = new ArrayList<>();
            Money left = command.amount();
            for (LedgerLine line : sorted(target)) {
                Money part = min(left, positive(line.badDebt()));
                if (part.amount().signum() > 0) {
                    applied.add(new LineAmount(line.lineId(), LedgerLine.negate(part)));
                    left = left.minus(part);
                }
            }
            amount = LedgerLine.negate(command.amount());
        } else {
            Money owed = sorted(target).stream().map(line -> positive(line.due(command.responsibility())))
                    .reduce(ZERO, Money::plus);
            if (command.amount().amount().compareTo(owed.amount()) > 0) {
                throw new StateConflictException("amount", "the adjustment is larger than what "
                        + (command.responsibility().forPatient() ? "the patient" : "the payer") + " owes");
            }
            applied = spread(command.amount(), command.responsibility(), target);
            amount = command.amount();
        }
        return new AdjustmentPostedEvent(accountId, postingId, command.source(), command.reason(),
                command.responsibility(), amount, applied, command.note(), approvedBy, now);
    }

    RefundIssuedEvent refund(IssueRefundCommand command, UUID postingId, String approvedBy, Instant now) {
        requirePositive(command.amount());
        Money credit = credit(command.to());
        if (command.amount().amount().compareTo(credit.amount()) > 0) {
            throw new StateConflictException("amount", "the refund is larger than the credit balance (" + credit
                    .amount().toPlainString() + ")");
        }
        Money fromUnapplied = command.to().forPatient() ? min(command.amount(), unapplied) : ZERO;
        Money left = command.amount().minus(fromUnapplied);
        List<LineAmount> applied = new ArrayList<>();
        for (LedgerLine line : sorted(any -> true)) {
            Money part = min(left, positive(LedgerLine.negate(line.due(command.to()))));
            if (part.amount().signum() > 0) {
                applied.add(new LineAmount(line.lineId(), part));
                left = left.minus(part);
            }
        }
        return new RefundIssuedEvent(accountId, postingId, command.source(), command.to(), command.method(),
                command.reference(), command.amount(), fromUnapplied, applied, command.reason(), approvedBy, now);
    }

    ResponsibilityTransferredEvent transfer(TransferResponsibilityCommand command, UUID postingId, Instant now) {
        requirePositive(command.amount());
        if (command.from().equals(command.to())) {
            throw new StateConflictException("to", "a transfer moves a balance to another responsibility");
        }
        LedgerLine line = line(command.lineId());
        if (command.amount().amount().compareTo(line.due(command.from()).amount()) > 0) {
            throw new StateConflictException("amount", "the transfer is larger than what the line's "
                    + (command.from().forPatient() ? "patient" : "payer") + " share holds");
        }
        return new ResponsibilityTransferredEvent(accountId, postingId, command.source(), command.lineId(),
                command.from(), command.to(), command.amount(), command.reason(), now);
    }

    // ---- reads

    /** What a responsibility owes in all (negative: a credit). The patient's unapplied credit counts against it. */
    Money balance(Responsibility responsibility) {
        Money owed = lines.values().stream().map(line -> line.due(responsibility)).reduce(ZERO, Money::plus);
        return responsibility.forPatient() ? owed.minus(unapplied).plus(broughtForward) : owed;
    }

    Money balance() {
        Money owed = ZERO;
        for (LedgerLine line : lines.values()) {
            for (Responsibility holder : line.holders()) {
                owed = owed.plus(line.due(holder));
            }
        }
        return owed.minus(unapplied).plus(broughtForward);
    }

    /** What may be refunded to a responsibility: its credit, never less than zero. */
    Money credit(Responsibility responsibility) {
        return positive(LedgerLine.negate(balance(responsibility)));
    }

    Money unapplied() {
        return unapplied;
    }

    List<LedgerLineState> lines() {
        return lines.values().stream().map(LedgerLine::state).toList();
    }

    // ---- state changes (from events only)

    void on(PatientAccountEvent event) {
        if (event instanceof ChargePostedEvent e) {
            LedgerLine line = lines.computeIfAbsent(e.lineId(), id -> new LedgerLine(id, e.encounterId(),
                    e.patientId(), e.dateOfService(), e.procedureCode(), e.modifiers(), e.responsibility()));
            line.charge(e.responsibility(), e.amount(), e.procedureCode(), e.modifiers());
        } else if (event instanceof ChargeReversedEvent e) {
            lines.get(e.lineId()).reverse(e.responsibility(), e.amount());
        } else if (event instanceof PaymentPostedEvent e) {
            e.applied().forEach(part -> lines.get(part.lineId()).paid(e.paidBy(), part.amount()));
            unapplied = unapplied.plus(e.unapplied());
        } else if (event instanceof AdjustmentPostedEvent e) {
            boolean writeOff = e.reason() == AdjustmentReason.BAD_DEBT;
            for (LineAmount part : e.applied()) {
                LedgerLine line = lines.get(part.lineId());
                line.adjusted(e.responsibility(), part.amount(), writeOff);
                if (e.reason() == AdjustmentReason.BAD_DEBT_RECOVERY) {
                    line.recovered(LedgerLine.negate(part.amount()));
                }
            }
        } else if (event instanceof RefundIssuedEvent e) {
            unapplied = unapplied.minus(e.fromUnapplied());
            e.applied().forEach(part -> lines.get(part.lineId()).refunded(e.to(), part.amount()));
        } else if (event instanceof ResponsibilityTransferredEvent e) {
            lines.get(e.lineId()).transferred(e.from(), e.to(), e.amount());
        }
        // membership and merges are the GuarantorLedger's
    }

    /** A merge moved these lines and credit in; whatever of {@code amount} they do not make up came forward bare. */
    void received(Money amount, List<LedgerLineState> moved, Money credit) {
        Money owed = ZERO;
        for (LedgerLineState state : moved) {
            lines.put(state.lineId(), LedgerLine.of(state));
            owed = owed.plus(state.due().stream().map(LedgerLineState.Share::amount).reduce(ZERO, Money::plus));
        }
        unapplied = unapplied.plus(credit);
        broughtForward = broughtForward.plus(amount.minus(owed.minus(credit)));
    }

    /** A merge moved everything out. */
    void emptied() {
        lines.clear();
        unapplied = ZERO;
        broughtForward = ZERO;
    }

    // ---- helpers

    private LedgerLine line(UUID lineId) {
        LedgerLine line = lines.get(lineId);
        if (line == null) {
            throw new NotFoundException("lineId", "service line");
        }
        return line;
    }

    private Predicate<LedgerLine> target(UUID encounterId, UUID lineId) {
        if (lineId != null) {
            line(lineId);
            return line -> line.lineId().equals(lineId);
        }
        if (encounterId != null) {
            if (encounterLines(encounterId).isEmpty()) {
                throw new NotFoundException("encounterId", "encounter on this account");
            }
            return line -> line.encounterId().equals(encounterId);
        }
        return line -> true;
    }

    /** {@code amount} over the lines {@code who} owes on, oldest date of service first; at most what they owe. */
    private List<LineAmount> spread(Money amount, Responsibility who, Predicate<LedgerLine> target) {
        List<LineAmount> applied = new ArrayList<>();
        Money left = amount;
        for (LedgerLine line : sorted(target)) {
            Money part = min(left, positive(line.due(who)));
            if (part.amount().signum() > 0) {
                applied.add(new LineAmount(line.lineId(), part));
                left = left.minus(part);
            }
        }
        return applied;
    }

    private List<LedgerLine> sorted(Predicate<LedgerLine> target) {
        return lines.values().stream().filter(target)
                .sorted(Comparator.comparing(LedgerLine::dateOfService)).toList();
    }

    private List<LedgerLine> encounterLines(UUID encounterId) {
        return lines.values().stream().filter(line -> line.encounterId().equals(encounterId)).toList();
    }

    private static void requirePositive(Money amount) {
        if (amount == null || amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a posting's amount is positive");
        }
    }

    private static Money sum(List<LineAmount> parts) {
        return parts.stream().map(LineAmount::amount).reduce(ZERO, Money::plus);
    }

    private static Money positive(Money amount) {
        return amount.amount().signum() > 0 ? amount : ZERO;
    }

    private static Money min(Money a, Money b) {
        return a.amount().compareTo(b.amount()) <= 0 ? a : b;
    }
}
