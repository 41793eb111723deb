package io.claimline.billing.account.query;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AccountMergedEvent;
import io.claimline.billing.account.api.BalanceTransferredInEvent;
import io.claimline.billing.account.api.BalanceTransferredOutEvent;
import io.claimline.billing.account.api.GuarantorAccountOpenedEvent;
import io.claimline.billing.account.api.GuarantorOnFileEvent;
import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.billing.account.api.PatientResponsibilityAssignedEvent;
import io.claimline.billing.account.api.PatientResponsibilityEndedEvent;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.reconciliation.ReadModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import io.claimline.platform.web.ReadYourWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Guarantor accounts for reads; replay-safe: openings are upserts, and every later change applies only when its
 * sequence is past the row's {@code version}, so a redelivered event never moves a balance twice.
 */
@Component
@ProcessingGroup(PatientAccountProjection.PROCESSING_GROUP)
@ReadModel({
        @ReadModel.Table(name = "rm_patient_account", aggregateIdColumn = "account_id", clinicIdColumn = "clinic_id"),
        @ReadModel.Table(name = "rm_account_patient", aggregateIdColumn = "account_id", clinicIdColumn = "clinic_id")})
public class PatientAccountProjection {

    public static final String PROCESSING_GROUP = "patient-accounts";

    /** A chain of merges longer than this is a fault, not data. */
    private static final int MAX_REDIRECTS = 16;

    private final JdbcTemplate jdbc;
    /** The ledger's rows move with a merge; lazily, as the ledger projection guards its events with this one. */
    private final ObjectProvider<LedgerProjection> ledger;

    private final ReadYourWrites readYourWrites;

    public PatientAccountProjection(JdbcTemplate jdbc, ObjectProvider<LedgerProjection> ledger,
            ReadYourWrites readYourWrites) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.readYourWrites = readYourWrites;
    }

    @EventHandler
    void on(PatientAccountOpenedEvent event, @SequenceNumber long sequence) {
        opened(event.accountId(), event.clinicId(), event.patientId(), "SELF", event.balance(), event.openedAt(),
                sequence);
        member(event.accountId(), event.clinicId(), event.patientId(), event.openedAt());
    }

    @EventHandler
    void on(GuarantorAccountOpenedEvent event, @SequenceNumber long sequence) {
        opened(event.accountId(), event.clinicId(), null, event.kind(), event.balance(), event.openedAt(), sequence);
    }

    @EventHandler
    void on(GuarantorOnFileEvent event, @SequenceNumber long sequence) {
        // The sealed guarantor stays in the account's events until statements need it; reads show the kind only.
        later(event.accountId(), sequence, "guarantor_kind = ?", event.kind());
    }

    @EventHandler
    void on(PatientResponsibilityAssignedEvent event, @SequenceNumber long sequence) {
        if (later(event.accountId(), sequence, null)) {
            member(event.accountId(), clinicOf(event.accountId()), event.patientId(), event.assignedAt());
        }
    }

    @EventHandler
    void on(PatientResponsibilityEndedEvent event, @SequenceNumber long sequence) {
        if (later(event.accountId(), sequence, null)) {
            jdbc.update("DELETE FROM rm_account_patient WHERE account_id = ? AND patient_id = ?::uuid",
                    event.accountId().value(), event.patientId());
        }
    }

    @EventHandler
    void on(BalanceTransferredOutEvent event, @SequenceNumber long sequence) {
        if (later(event.accountId(), sequence, null)) {
            ledger.getObject().transferred(event.accountId(), clinicOf(event.accountId()), event.amount(),
                    event.lines(), event.unapplied(), false);
        }
    }

    @EventHandler
    void on(BalanceTransferredInEvent event, @SequenceNumber long sequence) {
        if (later(event.accountId(), sequence, null)) {
            ledger.getObject().transferred(event.accountId(), clinicOf(event.accountId()), event.amount(),
                    event.lines(), event.unapplied(), true);
        }
    }

    @EventHandler
    void on(AccountMergedEvent event, @SequenceNumber long sequence) {
        later(event.accountId(), sequence, "merged_into = ?", event.survivingAccountId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM rm_account_patient");
        jdbc.update("DELETE FROM rm_patient_account");
    }

    /**
     * The account as it answers now: a merged account's id answers with the account it was merged into (the
     * redirect is followed within the caller's clinic only).
     */
    public Optional<PatientAccountSummary> find(AccountId accountId, String clinicId) {
        UUID current = accountId.value();
        for (int i = 0; i < MAX_REDIRECTS; i++) {
            Optional<Row> row = jdbc.query("SELECT * FROM rm_patient_account WHERE account_id = ? AND clinic_id = ?",
                    (rs, n) -> new Row(rs.getObject("merged_into", UUID.class), new PatientAccountSummary(
                            rs.getString("account_id"), rs.getString("patient_id"), rs.getString("guarantor_kind"),
                            null, new Money(rs.getBigDecimal("balance"),
                                    Currency.getInstance(rs.getString("currency"))),
                            new Money(rs.getBigDecimal("unapplied"), Currency.getInstance(rs.getString("currency"))),
                            rs.getTimestamp("opened_at").toInstant(), rs.getLong("version"))),
                    current, clinicId).stream().findFirst();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            if (row.get().mergedInto() == null) {
                PatientAccountSummary s = row.get().summary();
                return Optional.of(new PatientAccountSummary(s.accountId(), s.patientId(), s.guarantorKind(),
                        patients(current), s.balance(), s.unappliedCredit(), s.openedAt(), s.version()));
            }
            current = row.get().mergedInto();
        }
        throw new IllegalStateException("account redirects do not end");
    }

    /** Whether the read model has caught up with the account's {@code version} (read-your-writes). */
    public boolean shows(AccountId accountId, long version) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM rm_patient_account WHERE account_id = ? AND version >= ?)",
                Boolean.class, accountId.value(), version));
    }

    private record Row(UUID mergedInto, PatientAccountSummary summary) {
    }

    private List<String> patients(UUID accountId) {
        return jdbc.queryForList(
                "SELECT patient_id::text FROM rm_account_patient WHERE account_id = ? ORDER BY since, patient_id",
                String.class, accountId);
    }

    private void opened(AccountId accountId, String clinicId, String patientId, String kind, Money balance,
            Instant openedAt, long sequence) {
        jdbc.update("""
                INSERT INTO rm_patient_account (account_id, clinic_id, patient_id, guarantor_kind, balance, currency,
                    opened_at, version)
                VALUES (?, ?, ?::uuid, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET clinic_id = excluded.clinic_id,
                    patient_id = excluded.patient_id, guarantor_kind = excluded.guarantor_kind,
                    balance = excluded.balance, currency = excluded.currency, opened_at = excluded.opened_at,
                    version = excluded.version, merged_into = NULL""",
                accountId.value(), clinicId, patientId, kind, balance.amount(), balance.currency().getCurrencyCode(),
                Timestamp.from(openedAt), sequence);
        readYourWrites.reached(accountId.toString(), sequence);
    }

    private void member(AccountId accountId, String clinicId, String patientId, Instant since) {
        jdbc.update("""
                INSERT INTO rm_account_patient (account_id, patient_id, clinic_id, since) VALUES (?, ?::uuid, ?, ?)
                ON CONFLICT (account_id, patient_id) DO NOTHING""",
                accountId.value(), patientId, clinicId, Timestamp.from(since));
    }

    private String clinicOf(AccountId accountId) {
        return jdbc.queryForObject("SELECT clinic_id FROM rm_patient_account WHERE account_id = ?", String.class,
                accountId.value());
    }

    /**
     * Applies a later event's change (and its sequence as the row's version) once: false when the row already
     * reflects this sequence. {@code assignment} may be null to move the version only.
     */
    boolean later(AccountId accountId, long sequence, String assignment, Object... values) {
        String set = assignment == null ? "version = ?" : assignment + ", version = ?";
        Object[] parameters = new Object[values.length + 3];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = sequence;
        parameters[values.length + 1] = accountId.value();
        parameters[values.length + 2] = sequence;
        boolean applied = jdbc.update("UPDATE rm_patient_account SET " + set
                + " WHERE account_id = ? AND version < ?", parameters) == 1;
        if (applied) {
            // A request waiting to read its own write is woken now, not at its next recheck.
            readYourWrites.reached(accountId.toString(), sequence);
        }
        return applied;
    }
}
