package io.claimline.billing.pricing.api;

import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import java.util.Objects;

/** One chargemaster line: the price of one unit of a procedure code. */
public record PriceEntry(ProcedureCode code, Money unitPrice) {

    public PriceEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
