package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code billing.account-events.v1} type {@code AdjustmentPosted}, version 1: {@code responsibility}'s share was
 * adjusted for {@code reason}. {@code amount} is signed as the ledger holds it: what the balance fell by, so positive
 * for every reason but {@code BAD_DEBT_RECOVERY}, which raises the balance and is negative; {@code applied} spreads
 * it over lines with the same sign. The biller's free-text note stays in billing (it may name the patient).
 *
 * @param reason {@code CONTRACTUAL}, {@code COURTESY}, {@code FINANCIAL_ASSISTANCE}, {@code SMALL_BALANCE},
 *     {@code BAD_DEBT}, {@code BAD_DEBT_RECOVERY} or {@code SETTLEMENT_DISCOUNT}
 * @param approvedBy the manager who approved it (a bad-debt write-off); null when no approval was needed
 */
public record AdjustmentPosted(
        String clinicId,
        String accountId,
        String postingId,
        String reason,
        String responsibility,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<AppliedAmount> applied,
        String approvedBy,
        Instant postedAt) implements KeyedPayload {

    public static final String TYPE = "AdjustmentPosted";
    public static final int VERSION = 1;

    public AdjustmentPosted {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.uuid(postingId, "postingId");
        Require.present(reason, "reason");
        Require.responsibility(responsibility, "responsibility");
        Require.cents(Require.present(amount, "amount"), "amount");
        applied = List.copyOf(Require.present(applied, "applied"));
        Require.present(postedAt, "postedAt");
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
