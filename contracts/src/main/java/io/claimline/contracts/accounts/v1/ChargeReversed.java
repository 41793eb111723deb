package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code billing.account-events.v1} type {@code ChargeReversed}, version 1: a line's charge was taken back by
 * {@code amount} (never negative) from {@code responsibility}'s share: the encounter was voided, the line removed or
 * its charge lowered by an amendment. History stays: the charge and its reversal both remain. The line's date of
 * service and codes are those of its {@link ChargePosted}.
 *
 * @param reason why, as billing words it: {@code encounter voided}, {@code amended} or {@code line removed}
 */
public record ChargeReversed(
        String clinicId,
        String accountId,
        String postingId,
        String encounterId,
        String lineId,
        String responsibility,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String reason,
        Instant postedAt) implements KeyedPayload {

    public static final String TYPE = "ChargeReversed";
    public static final int VERSION = 1;

    public ChargeReversed {
        Require.present(clinicId, "clinicId");
        Require.uuid(accountId, "accountId");
        Require.uuid(postingId, "postingId");
        Require.uuid(encounterId, "encounterId");
        Require.uuid(lineId, "lineId");
        Require.responsibility(responsibility, "responsibility");
        Require.unsignedCents(amount, "amount");
        Require.present(reason, "reason");
        Require.present(postedAt, "postedAt");
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
