package io.claimline.billing.account.command;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.LedgerPosting;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.TransferReason;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records each posting's source as the posting is stored: a subscribing processing group, so the row is written in
 * the command's own transaction (set-based validation, the write side's state, never a replayed read model). The
 * first posting of a source is kept; the events of one command that share it (an encounter's lines) add nothing.
 */
@Component
@ProcessingGroup(PostingSourceRecorder.PROCESSING_GROUP)
class PostingSourceRecorder implements PostingSources {

    static final String PROCESSING_GROUP = "ledger-sources";

    private final JdbcTemplate jdbc;

    PostingSourceRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LedgerPosting posting) {
        Money amount = amount(posting);
        jdbc.update("""
                INSERT INTO ledger_posting_source (account_id, source, posting_id, amount) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id, source) DO NOTHING""",
                posting.accountId().value(), posting.source(), posting.postingId(),
                amount == null ? null : amount.amount());
    }

    @Override
    public Optional<Posted> find(AccountId account, String source) {
        return jdbc.query("SELECT posting_id, amount FROM ledger_posting_source WHERE account_id = ? AND source = ?",
                (rs, n) -> {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    return new Posted(rs.getObject("posting_id", UUID.class),
                            amount == null ? null : new Money(amount, Money.USD));
                }, account.value(), source).stream().findFirst();
    }

    /** The amount a repeat must match: the money the posting names (none for charges, named by revision). */
    static Money amount(LedgerPosting posting) {
        if (posting instanceof PaymentPostedEvent e) {
            return e.amount();
        }
        if (posting instanceof AdjustmentPostedEvent e) {
            return e.amount().amount().signum() < 0 ? LedgerLine.negate(e.amount()) : e.amount();
        }
        if (posting instanceof RefundIssuedEvent e) {
            return e.amount();
        }
        if (posting instanceof ResponsibilityTransferredEvent e && e.reason() != TransferReason.COPAY) {
            return e.amount();
        }
        return null;
    }
}
