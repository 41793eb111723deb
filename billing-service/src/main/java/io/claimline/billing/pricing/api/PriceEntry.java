package io.claimline.billing.pricing.api;

import io.claimline.platform.kernel.Money;
import java.util.Objects;

/**
 * One chargemaster line: the price of one unit of a procedure code ({@code code}: a CPT or HCPCS Level II code,
 * normalised by the codesets module's {@code ProcedureCode} before a command is made; plain text in events).
 */
public record PriceEntry(String code, Money unitPrice) {

    public PriceEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
