package io.claimline.billing.pricing.query;

import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Money;
import java.util.List;

/** One service line as pricing sees it: the code, its modifiers (normalised, in order), whole units, its charge. */
public record LineToPrice(ProcedureCode code, List<String> modifiers, int units, Money charge) {

    public LineToPrice {
        modifiers = List.copyOf(modifiers);
        if (units <= 0) {
            throw new IllegalArgumentException("units must be positive");
        }
    }
}
