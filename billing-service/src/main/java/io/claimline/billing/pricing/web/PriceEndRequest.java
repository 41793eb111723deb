package io.claimline.billing.pricing.web;

import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Fields;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Body of ending chargemaster prices: the codes and their last priced day. */
public record PriceEndRequest(
        @Schema(example = "2026-12-31", description = "The last day the codes are priced (inclusive)")
        LocalDate effectiveTo,
        @ArraySchema(arraySchema = @Schema(description = "The codes, each once"))
        List<Code> codes) {

    /** One code whose price ends (an object, like a price line, so that a list can grow more fields). */
    public record Code(
            @Schema(type = "string", example = "99213", description = "CPT or HCPCS Level II code") String code) {
    }

    List<String> toCodes() {
        Fields fields = new Fields();
        fields.check("effectiveTo", effectiveTo != null, "is required");
        List<String> parsed = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            fields.check("codes", false, "must list at least one code");
        } else {
            for (int i = 0; i < codes.size(); i++) {
                Code entry = codes.get(i);
                ProcedureCode code = fields.required("codes[" + i + "].code", entry == null ? null : entry.code(),
                        PricingInput::code);
                if (code != null) {
                    fields.check("codes[" + i + "].code", !parsed.contains(code.value()),
                            "lists a code a second time");
                    parsed.add(code.value());
                }
            }
        }
        fields.throwIfInvalid();
        return parsed;
    }
}
