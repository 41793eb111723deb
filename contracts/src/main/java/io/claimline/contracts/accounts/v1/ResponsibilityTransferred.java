package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code billing.account-events.v1} type {@code ResponsibilityTransferred}, version 1: {@code amount} of a line's
 * balance moved from {@code from} to {@code to} (insurance → patient after adjudication or for the copay, primary →
 * secondary): the account's balance is unchanged, who owes it is not.
 *
 * @param reason {@code COPAY}, {@code PATIENT_RESPONSIBILITY}, {@code SECONDARY} or {@code CORRECTION}
 */
public record ResponsibilityTransferred(
        String clinicId,
        String accountId,
        String postingId,
        String lineId,
        String from,
        String to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String reason,
        Instant postedAt) implements KeyedPayload {

    public static final String TYPE = "ResponsibilityTransferred";
    public static final int VERSION = 1;

    public ResponsibilityTransferred {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.uuid(postingId, "postingId");
        Require.uuid(lineId, "lineId");
        Require.responsibility(from, "from");
        Require.responsibility(to, "to");
        Require.unsignedCents(amount, "amount");
        Require.present(reason, "reason");
        Require.present(postedAt, "postedAt");
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
