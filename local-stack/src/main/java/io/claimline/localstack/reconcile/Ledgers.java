package io.claimline.localstack.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * N6, money balances to the cent in billing-service's guarantor ledger (issue 10), read from its database only:
 * <ul>
 * <li>per account and responsibility ({@code rm_account_balance}): charges − payments − adjustments + refunds +
 * transfers in − transfers out = balance;</li>
 * <li>per account: the sum of its responsibilities' balances is the account's ({@code rm_patient_account.balance});</li>
 * <li>per service line ({@code rm_ledger_line}): charged − insurance paid − patient paid − adjusted + refunded = what
 * its responsibilities owe ({@code rm_ledger_share});</li>
 * <li>per account, the read model's charges, payments, adjustments and refunds equal the sums of the account's own
 * events in the event store ({@code DomainEventEntry}): an explicit second source, beside N3's replay.</li>
 * </ul>
 * Reports ids and column names only, never an amount (as the other checks never print a differing value).
 */
final class Ledgers {

    /** One responsibility's row of {@code rm_account_balance}. */
    record Balance(String accountId, String clinicId, String responsibility, BigDecimal charges, BigDecimal payments,
            BigDecimal adjustments, BigDecimal refunds, BigDecimal transfersIn, BigDecimal transfersOut,
            BigDecimal balance) {
    }

    /** An account's balance as {@code rm_patient_account} holds it. */
    record Account(String accountId, String clinicId, BigDecimal balance) {
    }

    /** A service line with the sum of its shares; {@code charged} null: shares of a line the ledger does not hold. */
    record Line(String lineId, String accountId, String clinicId, BigDecimal charged, BigDecimal insurancePaid,
            BigDecimal patientPaid, BigDecimal adjusted, BigDecimal refunded, BigDecimal owed) {
    }

    /** An account's totals of postings: charges (net of reversals), payments, adjustments (signed), refunds. */
    record Totals(String accountId, String clinicId, BigDecimal charges, BigDecimal payments, BigDecimal adjustments,
            BigDecimal refunds) {
    }

    /**
     * The account's postings summed from its stored events' JSON (amounts only: the sealed guarantor never leaves
     * PostgreSQL). A reversal takes from the charges; an adjustment is signed as stored (a bad-debt recovery is
     * negative), as the read model adds them.
     */
    private static final String STORED_TOTALS = """
            SELECT aggregateIdentifier, max(clinic),
                sum(CASE kind WHEN 'ChargePostedEvent' THEN amount WHEN 'ChargeReversedEvent' THEN -amount ELSE 0 END),
                sum(CASE kind WHEN 'PaymentPostedEvent' THEN amount ELSE 0 END),
                sum(CASE kind WHEN 'AdjustmentPostedEvent' THEN amount ELSE 0 END),
                sum(CASE kind WHEN 'RefundIssuedEvent' THEN amount ELSE 0 END)
            FROM (SELECT aggregateIdentifier, substring(payloadType from '[^.]*$') AS kind,
                    convert_from(metaData, 'UTF8')::jsonb ->> 'clinicId' AS clinic,
                    (convert_from(payload, 'UTF8')::jsonb #>> '{amount,amount}')::numeric AS amount
                FROM DomainEventEntry WHERE type = 'PatientAccount'
                    AND payloadType ~ '(ChargePosted|ChargeReversed|PaymentPosted|AdjustmentPosted|RefundIssued)Event$'
                ) postings
            GROUP BY aggregateIdentifier""";

    private Ledgers() {
    }

    // ---- reading (the billing database's read-only snapshot) ----

    static List<Balance> balances(Database billing) throws SQLException {
        return billing.query("""
                SELECT account_id::text, clinic_id, responsibility, charges, payments, adjustments, refunds,
                    transfers_in, transfers_out, balance
                FROM rm_account_balance ORDER BY account_id, responsibility""", rs -> new Balance(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)));
    }

    static List<Account> accounts(Database billing) throws SQLException {
        return billing.query("SELECT account_id::text, clinic_id, balance FROM rm_patient_account ORDER BY account_id",
                rs -> new Account(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
    }

    static List<Line> lines(Database billing) throws SQLException {
        return billing.query("""
                SELECT coalesce(l.line_id, s.line_id)::text, coalesce(l.account_id, s.account_id)::text,
                    coalesce(l.clinic_id, s.clinic_id), l.charged, l.insurance_paid, l.patient_paid, l.adjusted,
                    l.refunded, coalesce(s.owed, 0)
                FROM rm_ledger_line l FULL JOIN (SELECT line_id, max(account_id::text)::uuid AS account_id,
                        max(clinic_id) AS clinic_id, sum(amount) AS owed
                    FROM rm_ledger_share GROUP BY line_id) s ON s.line_id = l.line_id
                ORDER BY 1""", rs -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9)));
    }

    static Map<String, Totals> stored(Database billing) throws SQLException {
        Map<String, Totals> totals = new LinkedHashMap<>();
        billing.query(STORED_TOTALS, Ledgers::totals).forEach(t -> totals.put(t.accountId(), t));
        return totals;
    }

    private static Totals totals(ResultSet rs) throws SQLException {
        return new Totals(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getBigDecimal(6));
    }

    // ---- comparing (pure) ----

    /** Each responsibility's balance against its own columns. */
    static List<String> balanceArithmetic(List<Balance> balances) {
        List<String> found = new ArrayList<>();
        for (Balance b : balances) {
            BigDecimal expected = b.charges().subtract(b.payments()).subtract(b.adjustments()).add(b.refunds())
                    .add(b.transfersIn()).subtract(b.transfersOut());
            if (expected.compareTo(b.balance()) != 0) {
                found.add("account " + b.accountId() + " (clinic " + b.clinicId() + ") responsibility "
                        + b.responsibility() + " in rm_account_balance: balance is not charges − payments − "
                        + "adjustments + refunds + transfers_in − transfers_out");
            }
        }
        return found;
    }

    /** Each account's balance against the sum of its responsibilities', both ways. */
    static List<String> accountBalances(List<Account> accounts, List<Balance> balances) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, String> clinics = new LinkedHashMap<>();
        balances.forEach(b -> {
            sums.merge(b.accountId(), b.balance(), BigDecimal::add);
            clinics.put(b.accountId(), b.clinicId());
        });
        Map<String, Account> byId = new LinkedHashMap<>();
        accounts.forEach(a -> byId.put(a.accountId(), a));
        List<String> found = new ArrayList<>();
        for (String id : union(byId.keySet(), sums.keySet())) {
            Account account = byId.get(id);
            if (account == null) {
                found.add("rm_account_balance holds account " + id + " (clinic " + clinics.get(id) + "), which "
                        + "rm_patient_account does not");
            } else if (account.balance().compareTo(sums.getOrDefault(id, BigDecimal.ZERO)) != 0) {
                found.add("account " + id + " (clinic " + account.clinicId() + "): rm_patient_account.balance is not "
                        + "the sum of its responsibilities' balances in rm_account_balance");
            }
        }
        return found;
    }

    /** Each line's totals against what its responsibilities owe on it. */
    static List<String> lineArithmetic(List<Line> lines) {
        List<String> found = new ArrayList<>();
        for (Line line : lines) {
            if (line.charged() == null) {
                found.add("rm_ledger_share holds shares of line " + line.lineId() + " (account " + line.accountId()
                        + ", clinic " + line.clinicId() + "), which rm_ledger_line does not");
                continue;
            }
            BigDecimal expected = line.charged().subtract(line.insurancePaid()).subtract(line.patientPaid())
                    .subtract(line.adjusted()).add(line.refunded());
            if (expected.compareTo(line.owed()) != 0) {
                found.add("line " + line.lineId() + " (account " + line.accountId() + ", clinic " + line.clinicId()
                        + "): charged − insurance_paid − patient_paid − adjusted + refunded in rm_ledger_line is not "
                        + "the sum of its rm_ledger_share amounts");
            }
        }
        return found;
    }

    /** Per account, the read model's posting totals against the event store's, both ways. */
    static List<String> storedAgainstRead(Map<String, Totals> stored, List<Balance> balances) {
        Map<String, Totals> read = new LinkedHashMap<>();
        for (Balance b : balances) {
            read.merge(b.accountId(), new Totals(b.accountId(), b.clinicId(), b.charges(), b.payments(),
                    b.adjustments(), b.refunds()), (x, y) -> new Totals(x.accountId(), x.clinicId(),
                    x.charges().add(y.charges()), x.payments().add(y.payments()),
                    x.adjustments().add(y.adjustments()), x.refunds().add(y.refunds())));
        }
        List<String> found = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO;
        Totals none = new Totals(null, null, zero, zero, zero, zero);
        for (String id : union(stored.keySet(), read.keySet())) {
            Totals source = stored.getOrDefault(id, none);
            Totals model = read.getOrDefault(id, none);
            List<String> differ = new ArrayList<>();
            compare(differ, "charges", source.charges(), model.charges());
            compare(differ, "payments", source.payments(), model.payments());
            compare(differ, "adjustments", source.adjustments(), model.adjustments());
            compare(differ, "refunds", source.refunds(), model.refunds());
            if (!differ.isEmpty()) {
                String clinic = source.clinicId() != null ? source.clinicId() : model.clinicId();
                found.add("account " + id + " (clinic " + clinic + "): rm_account_balance's " + String.join(", ",
                        differ) + " differ from the sums of the account's events in the event store");
            }
        }
        return found;
    }

    private static void compare(List<String> differ, String what, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            differ.add(what);
        }
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
