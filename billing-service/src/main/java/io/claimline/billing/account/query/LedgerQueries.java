package io.claimline.billing.account.query;

import io.claimline.billing.account.api.AccountId;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the ledger: postings, balances by responsibility and by line, credit balances for refund review. */
@Component
public class LedgerQueries {

    private final JdbcTemplate jdbc;

    LedgerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(name = "LedgerPosting")
    public record Posting(String postingId, long sequence, String kind, String source, String responsibility,
            String toResponsibility, String reason, String method, String reference, String cardLastFour,
            LocalDate receivedOn, String encounterId, String lineId, Money amount, Money unapplied, String postedBy,
            String approvedBy, Instant postedAt) {
    }

    @Schema(name = "ResponsibilityBalance")
    public record ResponsibilityBalance(@Schema(example = "PATIENT") String responsibility, Money charges,
            Money payments, Money adjustments, Money refunds, Money transfersIn, Money transfersOut, Money balance) {
    }

    @Schema(name = "LedgerShare")
    public record Share(@Schema(example = "PATIENT") String responsibility, Money amount) {
    }

    @Schema(name = "LedgerLine")
    public record Line(String lineId, String encounterId, String patientId, LocalDate dateOfService,
            String procedureCode, List<String> modifiers, String billedTo, Money charged, Money insurancePaid,
            Money patientPaid, Money adjusted, Money refunded, Money badDebt, List<Share> shares) {
    }

    @Schema(name = "CreditBalance")
    public record Credit(String accountId, @Schema(example = "PATIENT") String responsibility, Money credit) {
    }

    public List<Posting> postings(AccountId account, String clinicId, int offset, int limit) {
        return jdbc.query("""
                SELECT * FROM rm_ledger_posting WHERE account_id = ? AND clinic_id = ?
                ORDER BY sequence, posting_id LIMIT ? OFFSET ?""",
                (rs, n) -> new Posting(rs.getString("posting_id"), rs.getLong("sequence"), rs.getString("kind"),
                        rs.getString("source"), rs.getString("responsibility"), rs.getString("to_responsibility"),
                        rs.getString("reason"), rs.getString("method"), rs.getString("reference"),
                        rs.getString("card_last_four"), rs.getObject("received_on", LocalDate.class),
                        rs.getString("encounter_id"), rs.getString("line_id"), usd(rs.getBigDecimal("amount")),
                        rs.getBigDecimal("unapplied") == null ? null : usd(rs.getBigDecimal("unapplied")),
                        rs.getString("posted_by"), rs.getString("approved_by"),
                        rs.getTimestamp("posted_at").toInstant()),
                account.value(), clinicId, limit, offset);
    }

    public long postingCount(AccountId account, String clinicId) {
        return jdbc.queryForObject("SELECT count(*) FROM rm_ledger_posting WHERE account_id = ? AND clinic_id = ?",
                Long.class, account.value(), clinicId);
    }

    public List<ResponsibilityBalance> balances(AccountId account, String clinicId) {
        return jdbc.query("""
                SELECT * FROM rm_account_balance WHERE account_id = ? AND clinic_id = ?
                ORDER BY responsibility = 'PATIENT' DESC, responsibility""",
                (rs, n) -> new ResponsibilityBalance(rs.getString("responsibility"), usd(rs.getBigDecimal("charges")),
                        usd(rs.getBigDecimal("payments")), usd(rs.getBigDecimal("adjustments")),
                        usd(rs.getBigDecimal("refunds")), usd(rs.getBigDecimal("transfers_in")),
                        usd(rs.getBigDecimal("transfers_out")), usd(rs.getBigDecimal("balance"))),
                account.value(), clinicId);
    }

    /** The account's service lines, oldest date of service first, with who owes what on each. */
    public List<Line> lines(AccountId account, String clinicId) {
        Map<String, List<Share>> shares = jdbc.query("""
                SELECT line_id::text AS line_id, responsibility, amount FROM rm_ledger_share
                WHERE account_id = ? AND clinic_id = ? ORDER BY responsibility = 'PATIENT' DESC, responsibility""",
                (rs, n) -> Map.entry(rs.getString("line_id"),
                        new Share(rs.getString("responsibility"), usd(rs.getBigDecimal("amount")))),
                account.value(), clinicId).stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.query("""
                SELECT * FROM rm_ledger_line WHERE account_id = ? AND clinic_id = ?
                ORDER BY date_of_service, encounter_id, line_id""",
                (rs, n) -> line(rs, shares.getOrDefault(rs.getString("line_id"), List.of())),
                account.value(), clinicId);
    }

    /** Credits (a responsibility's balance below zero) of the clinic, largest first: the refund review list. */
    public List<Credit> credits(String clinicId, int offset, int limit) {
        return jdbc.query("""
                SELECT account_id::text AS account_id, responsibility, -balance AS credit FROM rm_account_balance
                WHERE clinic_id = ? AND balance < 0 ORDER BY balance, account_id, responsibility LIMIT ? OFFSET ?""",
                (rs, n) -> new Credit(rs.getString("account_id"), rs.getString("responsibility"),
                        usd(rs.getBigDecimal("credit"))),
                clinicId, limit, offset);
    }

    private static Line line(ResultSet rs, List<Share> shares) throws SQLException {
        String modifiers = rs.getString("modifiers");
        return new Line(rs.getString("line_id"), rs.getString("encounter_id"), rs.getString("patient_id"),
                rs.getObject("date_of_service", LocalDate.class), rs.getString("procedure_code"),
                modifiers.isEmpty() ? List.of() : Arrays.asList(modifiers.split(",")), rs.getString("billed_to"),
                usd(rs.getBigDecimal("charged")), usd(rs.getBigDecimal("insurance_paid")),
                usd(rs.getBigDecimal("patient_paid")), usd(rs.getBigDecimal("adjusted")),
                usd(rs.getBigDecimal("refunded")), usd(rs.getBigDecimal("bad_debt")), shares);
    }

    static Money usd(BigDecimal amount) {
        return new Money(amount, Money.USD);
    }
}
