package io.claimline.billing.account.query;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.Responsibility;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the ledger's read models: every change is a delta added to a row, applied once (the projection's
 * version guard decides). Kept apart from the handlers so merges (patient accounts) and postings (ledger) share it.
 */
@Component
class LedgerRows {

    private final JdbcTemplate jdbc;

    LedgerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds to one of a responsibility's totals and, by {@code balanceDelta}, to its balance and the account's. */
    void balance(AccountId account, String clinicId, Responsibility who, String column, BigDecimal columnDelta,
            BigDecimal balanceDelta) {
        jdbc.update("INSERT INTO rm_account_balance (account_id, responsibility, clinic_id, " + column + ", balance) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, responsibility) DO UPDATE SET " + column
                + " = rm_account_balance." + column + " + excluded." + column
                + ", balance = rm_account_balance.balance + excluded.balance",
                account.value(), who.code(), clinicId, columnDelta, balanceDelta);
        jdbc.update("UPDATE rm_patient_account SET balance = balance + ? WHERE account_id = ?", balanceDelta,
                account.value());
    }

    void unapplied(AccountId account, BigDecimal delta) {
        jdbc.update("UPDATE rm_patient_account SET unapplied = unapplied + ? WHERE account_id = ?", delta,
                account.value());
    }

    /** Adds to one of a line's totals ({@code column} null: none) and to a responsibility's share of it. */
    void line(UUID lineId, AccountId account, String clinicId, String column, BigDecimal columnDelta,
            Responsibility who, BigDecimal shareDelta) {
        if (column != null) {
            jdbc.update("UPDATE rm_ledger_line SET " + column + " = " + column + " + ? WHERE line_id = ?",
                    columnDelta, lineId);
        }
        jdbc.update("""
                INSERT INTO rm_ledger_share (line_id, responsibility, account_id, clinic_id, amount)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (line_id, responsibility) DO UPDATE SET amount = rm_ledger_share.amount + excluded.amount""",
                lineId, who.code(), account.value(), clinicId, shareDelta);
    }

    /** A line as a merge carried it in: written whole, on its new account. */
    void moved(LedgerLineState line, AccountId account, String clinicId) {
        jdbc.update("""
                INSERT INTO rm_ledger_line (line_id, account_id, clinic_id, encounter_id, patient_id, date_of_service,
                    procedure_code, modifiers, billed_to, charged, insurance_paid, patient_paid, adjusted, refunded,
                    bad_debt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (line_id) DO UPDATE SET account_id = excluded.account_id""",
                line.lineId(), account.value(), clinicId, line.encounterId(), line.patientId(),
                line.dateOfService(), line.procedureCode(), String.join(",", line.modifiers()),
                line.billedTo().code(), line.charged().amount(), line.insurancePaid().amount(),
                line.patientPaid().amount(), line.adjusted().amount(), line.refunded().amount(),
                line.badDebt().amount());
        jdbc.update("UPDATE rm_ledger_share SET account_id = ? WHERE line_id = ?", account.value(), line.lineId());
        for (LedgerLineState.Share share : line.due()) {
            jdbc.update("""
                    INSERT INTO rm_ledger_share (line_id, responsibility, account_id, clinic_id, amount)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (line_id, responsibility) DO NOTHING""",
                    line.lineId(), share.responsibility().code(), account.value(), clinicId,
                    share.amount().amount());
        }
    }

    void reset() {
        jdbc.update("DELETE FROM rm_ledger_posting");
        jdbc.update("DELETE FROM rm_ledger_applied");
        jdbc.update("DELETE FROM rm_ledger_share");
        jdbc.update("DELETE FROM rm_ledger_line");
        jdbc.update("DELETE FROM rm_account_balance");
        jdbc.update("DELETE FROM rm_statement");
    }
}
