package io.claimline.billing.statement;

import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** An account's statements as issued, with where their documents stand (rendered, delivered). */
@Component
class StatementHistory {

    private final JdbcTemplate jdbc;

    StatementHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Schema(name = "StatementSummary")
    record Statement(String statementId, String accountId, @Schema(example = "0B7E2A52-0001") String statementNumber,
            LocalDate issuedOn, LocalDate dueDate, int lines, Money awaitingInsurance, Money patientDue,
            Money unappliedCredit, Money amountDue, boolean onDemand, Instant issuedAt,
            @Schema(example = "PRINT", nullable = true) String deliveredBy, Instant deliveredAt,
            boolean documentReady) {
    }

    record Documents(String pdfSha256, String jsonSha256) {
    }

    List<Statement> ofAccount(UUID accountId, String clinicId) {
        return jdbc.query(SELECT + " WHERE s.account_id = ? AND s.clinic_id = ? ORDER BY s.issued_at, s.statement_id",
                (rs, n) -> row(rs), accountId, clinicId);
    }

    Optional<Statement> find(UUID accountId, UUID statementId, String clinicId) {
        return jdbc.query(SELECT + " WHERE s.account_id = ? AND s.statement_id = ? AND s.clinic_id = ?",
                (rs, n) -> row(rs), accountId, statementId, clinicId).stream().findFirst();
    }

    Optional<Documents> documents(UUID statementId, String clinicId) {
        return jdbc.query("SELECT pdf_sha256, json_sha256 FROM statement_document WHERE statement_id = ? "
                + "AND clinic_id = ?", (rs, n) -> new Documents(rs.getString(1), rs.getString(2)), statementId,
                clinicId).stream().findFirst();
    }

    private static final String SELECT = """
            SELECT s.*, d.channel, d.delivered_at, d.statement_id IS NOT NULL AS ready FROM rm_statement s
            LEFT JOIN statement_document d ON d.statement_id = s.statement_id""";

    private static Statement row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Statement(rs.getString("statement_id"), rs.getString("account_id"),
                rs.getString("statement_number"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getInt("line_count"),
                usd(rs.getBigDecimal("awaiting_insurance")), usd(rs.getBigDecimal("patient_due")),
                usd(rs.getBigDecimal("unapplied_credit")), usd(rs.getBigDecimal("amount_due")),
                rs.getBoolean("on_demand"), rs.getTimestamp("issued_at").toInstant(), rs.getString("channel"),
                rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant(),
                rs.getBoolean("ready"));
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, Money.USD);
    }
}
