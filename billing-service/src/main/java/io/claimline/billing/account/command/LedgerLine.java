package io.claimline.billing.account.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One service line in a ledger, mutable state of the aggregate (changed from events only). Shares are keyed by the
 * responsibility's code so the aggregate's snapshot (JSON) needs no custom map keys.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class LedgerLine {

    private UUID lineId;
    private UUID encounterId;
    private UUID patientId;
    private LocalDate dateOfService;
    private String procedureCode;
    private List<String> modifiers;
    private Responsibility billedTo;
    private Money charged;
    private Money insurancePaid;
    private Money patientPaid;
    private Money adjusted;
    private Money refunded;
    private Money badDebt;
    private Map<String, Money> due = new LinkedHashMap<>();

    private LedgerLine() {
        // for snapshots
    }

    LedgerLine(UUID lineId, UUID encounterId, UUID patientId, LocalDate dateOfService, String procedureCode,
            List<String> modifiers, Responsibility billedTo) {
        this.lineId = lineId;
        this.encounterId = encounterId;
        this.patientId = patientId;
        this.dateOfService = dateOfService;
        this.procedureCode = procedureCode;
        this.modifiers = List.copyOf(modifiers);
        this.billedTo = billedTo;
        Money zero = Money.zero(Money.USD);
        this.charged = zero;
        this.insurancePaid = zero;
        this.patientPaid = zero;
        this.adjusted = zero;
        this.refunded = zero;
        this.badDebt = zero;
    }

    static LedgerLine of(LedgerLineState state) {
        LedgerLine line = new LedgerLine(state.lineId(), state.encounterId(), state.patientId(),
                state.dateOfService(), state.procedureCode(), state.modifiers(), state.billedTo());
        line.charged = state.charged();
        line.insurancePaid = state.insurancePaid();
        line.patientPaid = state.patientPaid();
        line.adjusted = state.adjusted();
        line.refunded = state.refunded();
        line.badDebt = state.badDebt();
        state.due().forEach(share -> line.due.put(share.responsibility().code(), share.amount()));
        return line;
    }

    LedgerLineState state() {
        List<LedgerLineState.Share> shares = new ArrayList<>();
        due.forEach((code, amount) -> shares.add(new LedgerLineState.Share(Responsibility.of(code), amount)));
        return new LedgerLineState(lineId, encounterId, patientId, dateOfService, procedureCode, modifiers, billedTo,
                charged, insurancePaid, patientPaid, adjusted, refunded, badDebt, shares);
    }

    /** Equal when they hold the same: Axon's test fixture compares the state a command left with a replay's. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerLine line && state().equals(line.state());
    }

    @Override
    public int hashCode() {
        return lineId.hashCode();
    }

    // ---- reads

    UUID lineId() {
        return lineId;
    }

    UUID encounterId() {
        return encounterId;
    }

    String procedureCode() {
        return procedureCode;
    }

    List<String> modifiers() {
        return modifiers;
    }

    LocalDate dateOfService() {
        return dateOfService;
    }

    Responsibility billedTo() {
        return billedTo;
    }

    Money charged() {
        return charged;
    }

    Money badDebt() {
        return badDebt;
    }

    Money due(Responsibility responsibility) {
        return due.getOrDefault(responsibility.code(), Money.zero(Money.USD));
    }

    /** The responsibilities holding a share, in the order they first did. */
    List<Responsibility> holders() {
        return due.keySet().stream().map(Responsibility::of).toList();
    }

    // ---- changes (from events only)

    void charge(Responsibility to, Money amount, String code, List<String> newModifiers) {
        charged = charged.plus(amount);
        owe(to, amount);
        procedureCode = code;
        modifiers = List.copyOf(newModifiers);
    }

    void reverse(Responsibility from, Money amount) {
        charged = charged.minus(amount);
        owe(from, negate(amount));
    }

    void paid(Responsibility by, Money amount) {
        if (by.forPatient()) {
            patientPaid = patientPaid.plus(amount);
        } else {
            insurancePaid = insurancePaid.plus(amount);
        }
        owe(by, negate(amount));
    }

    /** {@code amount} is what the balance falls by: negative for a bad-debt recovery. */
    void adjusted(Responsibility of, Money amount, boolean badDebtWriteOff) {
        adjusted = adjusted.plus(amount);
        if (badDebtWriteOff) {
            badDebt = badDebt.plus(amount);
        }
        owe(of, negate(amount));
    }

    void recovered(Money amount) {
        badDebt = badDebt.minus(amount);
    }

    void refunded(Responsibility to, Money amount) {
        refunded = refunded.plus(amount);
        owe(to, amount);
    }

    void transferred(Responsibility from, Responsibility to, Money amount) {
        owe(from, negate(amount));
        owe(to, amount);
    }

    private void owe(Responsibility who, Money amount) {
        due.merge(who.code(), amount, Money::plus);
    }

    static Money negate(Money amount) {
        return new Money(amount.amount().negate(), amount.currency());
    }
}
