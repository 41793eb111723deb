package io.claimline.contracts.accounts.v1;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.claimline.contracts.Require;
import java.math.BigDecimal;

/**
 * The part of a posting that landed on one service line of the ledger ({@code lineId} is the encounter line's id,
 * the one {@link ChargePosted} named). Signed as its posting's amount.
 */
public record AppliedAmount(String lineId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    public AppliedAmount {
        Require.uuid(lineId, "applied.lineId");
        Require.cents(Require.present(amount, "applied.amount"), "applied.amount");
    }
}
