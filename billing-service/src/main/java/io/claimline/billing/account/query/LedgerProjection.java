package io.claimline.billing.account.query;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.ChargeReversedEvent;
import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.LineAmount;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.StatementIssuedEvent;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.reconciliation.ReadModel;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger for reads: postings, service lines with their shares, balances by responsibility. In the
 * patient-accounts processing group, guarded by the account row's version like the rest of it, so a redelivered
 * event never moves money twice.
 */
@Component
@ProcessingGroup(PatientAccountProjection.PROCESSING_GROUP)
@ReadModel({
        @ReadModel.Table(name = "rm_ledger_posting", aggregateIdColumn = "account_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_ledger_applied", aggregateIdColumn = "account_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_ledger_line", aggregateIdColumn = "account_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_ledger_share", aggregateIdColumn = "account_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_account_balance", aggregateIdColumn = "account_id",
                clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_statement", aggregateIdColumn = "account_id", clinicIdColumn = "clinic_id")})
class LedgerProjection {

    private static final String CLINIC = MetaDataKeys.CLINIC_ID;
    private static final String USER = MetaDataKeys.USER_ID;

    private final PatientAccountProjection accounts;
    private final LedgerRows rows;
    private final JdbcTemplate jdbc;

    LedgerProjection(PatientAccountProjection accounts, LedgerRows rows, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChargePostedEvent e, @SequenceNumber long sequence, @MetaDataValue(CLINIC) String clinicId,
            @MetaDataValue(USER) String userId) {
        if (!accounts.later(e.accountId(), sequence, null)) {
            return;
        }
        jdbc.update("""
                INSERT INTO rm_ledger_line (line_id, account_id, clinic_id, encounter_id, patient_id, date_of_service,
                    procedure_code, modifiers, billed_to, charged, insurance_paid, patient_paid, adjusted, refunded,
                    bad_debt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0)
                ON CONFLICT (line_id) DO UPDATE SET procedure_code = excluded.procedure_code,
                    modifiers = excluded.modifiers""",
                e.lineId(), e.accountId().value(), clinicId, e.encounterId(), e.patientId(), e.dateOfService(),
                e.procedureCode(), String.join(",", e.modifiers()), e.responsibility().code());
        BigDecimal amount = e.amount().amount();
        rows.line(e.lineId(), e.accountId(), clinicId, "charged", amount, e.responsibility(), amount);
        rows.balance(e.accountId(), clinicId, e.responsibility(), "charges", amount, amount);
        posting(e.postingId(), e.accountId(), clinicId, sequence, "CHARGE", e.source(), e.responsibility(), null,
                e.procedureCode(), null, null, null, null, e.encounterId(), e.lineId(), e.amount(), null, userId,
                null, e.postedAt());
    }

    @EventHandler
    void on(ChargeReversedEvent e, @SequenceNumber long sequence, @MetaDataValue(CLINIC) String clinicId,
            @MetaDataValue(USER) String userId) {
        if (!accounts.later(e.accountId(), sequence, null)) {
            return;
        }
        BigDecimal amount = e.amount().amount();
        rows.line(e.lineId(), e.accountId(), clinicId, "charged", amount.negate(), e.responsibility(),
                amount.negate());
        rows.balance(e.accountId(), clinicId, e.responsibility(), "charges", amount.negate(), amount.negate());
        posting(e.postingId(), e.accountId(), clinicId, sequence, "CHARGE_REVERSAL", e.source(), e.responsibility(),
                null, e.reason(), null, null, null, null, e.encounterId(), e.lineId(), e.amount(), null, userId,
                null, e.postedAt());
    }

    @EventHandler
    void on(PaymentPostedEvent e, @SequenceNumber long sequence, @MetaDataValue(CLINIC) String clinicId,
            @MetaDataValue(USER) String userId) {
        if (!accounts.later(e.accountId(), sequence, null)) {
            return;
        }
        String column = e.paidBy().forPatient() ? "patient_paid" : "insurance_paid";
        for (LineAmount part : e.applied()) {
            rows.line(part.lineId(), e.accountId(), clinicId, column, part.amount().amount(), e.paidBy(),
                    part.amount().amount().negate());
        }
        rows.unapplied(e.accountId(), e.unapplied().amount());
        BigDecimal amount = e.amount().amount();
        rows.balance(e.accountId(), clinicId, e.paidBy(), "payments", amount, amount.negate());
        posting(e.postingId(), e.accountId(), clinicId, sequence, "PAYMENT", e.source(), e.paidBy(), null, null,
                e.method().name(), e.reference(), e.cardLastFour(), e.receivedOn(), null, single(e.applied()),
                e.amount(), e.unapplied(), userId, null, e.postedAt());
        applied(e.postingId(), e.accountId(), clinicId, e.applied());
    }

    @EventHandler
    void on(AdjustmentPostedEvent e, @SequenceNumber long sequence, @MetaDataValue(CLINIC) String clinicId,
            @MetaDataValue(USER) String userId) {
        if (!accounts.later(e.accountId(), sequence, null)) {
            return;
        }
        boolean badDebt = e.reason().name().startsWith("BAD_DEBT");
        for (LineAmount part : e.applied()) {
            BigDecimal amount = part.amount().amount();
            rows.line(part.lineId(), e.accountId(), clinicId, "adjusted", amount, e.responsibility(),
                    amount.negate());
            if (badDebt) {
                rows.line(part.lineId(), e.accountId(), clinicId, "bad_debt", amount, e.responsibility(),
                        BigDecimal.ZERO);
            }
        }
        BigDecimal amount = e.amount().amount();
        rows.balance(e.accountId(), clinicId, e.responsibility(), "adjustments", amount, amount.negate());
        posting(e.postingId(), e.accountId(), clinicId, sequence, "ADJUSTMENT", e.source(), e.responsibility(),
                null, e.reason().name(), null, e.note(), null, null, null, single(e.applied()), e.amount(), null,
                userId, e.approvedBy(), e.postedAt());
        applied(e.postingId(), e.accountId(), clinicId, e.applied());
    }

    @EventHandler
    void on(RefundIssuedEvent e, @SequenceNumber long sequence, @MetaDataValue(CLINIC) String clinicId,
            @MetaDataValue(USER) String userId) {
        if (!accounts.later(e.accountId(), sequence, null)) {
            return;
        }
        for (LineAmount part : e.applied()) {
            rows.line(part.lineId(), e.accountId(), clinicId, "refunded", part.amount().amount(), e.to(),
                    part.amount().amount());
        }
        rows.unapplied(e.accountId(), e.fromUnapplied().amount().negate());
        BigDecimal amount = e.amount().amount();
        rows.balance(e.accountId(), clinicId, e.to(), "refunds", amount, amount);
        posting(e.postingId(), e.accountId(), clinicId, sequence, "REFUND", e.source(), e.to(), null, e.reason(),
                e.method().name(), e.reference(), null, null, null, single(e.applied()), e.amount(), null, userId,
                e.approvedBy(), e.postedAt());
        applied(e.postingId(), e.accountId(), clinicId, e.applied());
    }

    @EventHandler
    void on(ResponsibilityTransferredEvent e, @SequenceNumber long sequence, @MetaDataValue(CLINIC) String clinicId,
            @MetaDataValue(USER) String userId) {
        if (!accounts.later(e.accountId(), sequence, null)) {
            return;
        }
        BigDecimal amount = e.amount().amount();
        rows.line(e.lineId(), e.accountId(), clinicId, null, null, e.from(), amount.negate());
        rows.line(e.lineId(), e.accountId(), clinicId, null, null, e.to(), amount);
        rows.balance(e.accountId(), clinicId, e.from(), "transfers_out", amount, amount.negate());
        rows.balance(e.accountId(), clinicId, e.to(), "transfers_in", amount, amount);
        posting(e.postingId(), e.accountId(), clinicId, sequence, "TRANSFER", e.source(), e.from(), e.to(),
                e.reason().name(), null, null, null, null, null, e.lineId(), e.amount(), null, userId, null,
                e.postedAt());
    }

    @EventHandler
    void on(StatementIssuedEvent e, @SequenceNumber long sequence, @MetaDataValue(CLINIC) String clinicId) {
        if (!accounts.later(e.accountId(), sequence, null)) {
            return;
        }
        jdbc.update("""
                INSERT INTO rm_statement (statement_id, account_id, clinic_id, statement_number, issued_on, due_date,
                    line_count, awaiting_insurance, patient_due, unapplied_credit, amount_due, on_demand, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (statement_id) DO NOTHING""",
                e.statementId(), e.accountId().value(), clinicId, e.statementNumber(), e.issuedOn(), e.dueDate(),
                e.lines().size(), e.awaitingInsurance().amount(), e.patientDue().amount(),
                e.unappliedCredit().amount(), e.amountDue().amount(), e.onDemand(), Timestamp.from(e.issuedAt()));
    }

    /** A merge's halves (called by the patient-accounts projection once its guard let the event through). */
    void transferred(AccountId account, String clinicId, Money amount, List<LedgerLineState> lines,
            Money unapplied, boolean in) {
        Map<Responsibility, BigDecimal> by = new LinkedHashMap<>();
        BigDecimal shares = BigDecimal.ZERO;
        for (LedgerLineState line : lines) {
            for (LedgerLineState.Share share : line.due()) {
                by.merge(share.responsibility(), share.amount().amount(), BigDecimal::add);
                shares = shares.add(share.amount().amount());
            }
            if (in) {
                rows.moved(line, account, clinicId);
            }
        }
        // What the lines do not make up is the patient's: their unapplied credit and any balance brought forward.
        by.merge(Responsibility.PATIENT, amount.amount().subtract(shares), BigDecimal::add);
        by.forEach((who, value) -> rows.balance(account, clinicId, who, in ? "transfers_in" : "transfers_out", value,
                in ? value : value.negate()));
        rows.unapplied(account, in ? unapplied.amount() : unapplied.amount().negate());
    }

    @ResetHandler
    void reset() {
        rows.reset();
    }

    private void applied(UUID postingId, AccountId account, String clinicId, List<LineAmount> parts) {
        for (LineAmount part : parts) {
            jdbc.update("""
                    INSERT INTO rm_ledger_applied (posting_id, line_id, account_id, clinic_id, amount)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    postingId, part.lineId(), account.value(), clinicId, part.amount().amount());
        }
    }

    private static UUID single(List<LineAmount> parts) {
        return parts.size() == 1 ? parts.get(0).lineId() : null;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private void posting(UUID postingId, AccountId account, String clinicId, long sequence, String kind,
            String source, Responsibility who, Responsibility to, String reason, String method, String reference,
            String cardLastFour, java.time.LocalDate receivedOn, UUID encounterId, UUID lineId, Money amount,
            Money unapplied, String postedBy, String approvedBy, Instant postedAt) {
        jdbc.update("""
                INSERT INTO rm_ledger_posting (posting_id, account_id, clinic_id, sequence, kind, source,
                    responsibility, to_responsibility, reason, method, reference, card_last_four, received_on,
                    encounter_id, line_id, amount, unapplied, posted_by, approved_by, posted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (posting_id) DO NOTHING""",
                postingId, account.value(), clinicId, sequence, kind, source, who.code(),
                to == null ? null : to.code(), reason, method, reference, cardLastFour, receivedOn, encounterId,
                lineId, amount.amount(), unapplied == null ? null : unapplied.amount(), postedBy, approvedBy,
                Timestamp.from(postedAt));
    }
}
