package io.claimline.billing.pricing.web;

import io.claimline.billing.pricing.api.PriceEntry;
import io.claimline.billing.pricing.command.Chargemaster;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Body of a bulk chargemaster write: many codes' unit prices from one date on. */
public record ChargemasterPricesRequest(
        @Schema(example = "2026-01-01", description = "The first day these prices are in effect")
        LocalDate effectiveFrom,
        @ArraySchema(arraySchema = @Schema(description = "At most 2000 codes, each once"))
        List<Price> prices) {

    /** One code's price of one unit. */
    public record Price(
            @Schema(type = "string", example = "99213", description = "CPT or HCPCS Level II code") String code,
            @Schema(type = "string", example = "125.00", description = "US dollars per unit, above 0")
            String unitPrice) {
    }

    List<PriceEntry> toEntries() {
        Fields fields = new Fields();
        fields.check("effectiveFrom", effectiveFrom != null, "is required");
        List<PriceEntry> entries = new ArrayList<>();
        if (prices == null || prices.isEmpty()) {
            fields.check("prices", false, "must list at least one code");
        } else if (prices.size() > Chargemaster.MAX_CODES_PER_WRITE) {
            fields.check("prices", false, "must list at most " + Chargemaster.MAX_CODES_PER_WRITE + " codes");
        } else {
            Set<ProcedureCode> seen = new HashSet<>();
            for (int i = 0; i < prices.size(); i++) {
                Fields line = fields.nested("prices[" + i + "]");
                Price price = prices.get(i);
                if (price == null) {
                    line.check("code", false, "is required");
                    continue;
                }
                ProcedureCode code = line.required("code", price.code(), PricingInput::code);
                Money amount = line.required("unitPrice", price.unitPrice(), PricingInput::amount);
                if (code != null && !seen.add(code)) {
                    line.check("code", false, "lists a code a second time");
                }
                if (code != null && amount != null) {
                    entries.add(new PriceEntry(code.value(), amount));
                }
            }
        }
        fields.throwIfInvalid();
        return entries;
    }
}
