package io.claimline.billing.pricing.web;

import io.claimline.codesets.CodeFormats;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Body of a pricing question: service lines on a date of service, for one payer. */
public record PriceLinesRequest(
        @Schema(example = "2026-03-15") LocalDate dateOfService,
        @ArraySchema(arraySchema = @Schema(description = "1 to 200 service lines")) List<Line> lines) {

    static final int MAX_LINES = 200;
    static final int MAX_UNITS = 9999;

    /** A service line; without a charge, the chargemaster's price on the date of service times the units. */
    public record Line(
            @Schema(type = "string", example = "99213") String code,
            @ArraySchema(schema = @Schema(type = "string"), maxItems = 4,
                    arraySchema = @Schema(description = "Up to 4 modifiers, e.g. 25"))
            List<String> modifiers,
            @Schema(example = "1", description = "Whole units, 1 to 9999") Integer units,
            @Schema(type = "string", example = "150.00", description = "The line's charge; absent: the chargemaster's")
            String charge) {
    }

    /** A line as checked: the charge is null when the caller left it to the chargemaster. */
    record CheckedLine(ProcedureCode code, List<String> modifiers, int units, Money charge) {
    }

    List<CheckedLine> toLines() {
        Fields fields = new Fields();
        fields.check("dateOfService", dateOfService != null, "is required");
        List<CheckedLine> checked = new ArrayList<>();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            fields.check("lines", false, "must list 1 to " + MAX_LINES + " lines");
        } else {
            for (int i = 0; i < lines.size(); i++) {
                Fields at = fields.nested("lines[" + i + "]");
                Line line = lines.get(i);
                if (line == null) {
                    at.check("code", false, "is required");
                    continue;
                }
                ProcedureCode code = at.required("code", line.code(), PricingInput::code);
                at.check("units", line.units() != null && line.units() >= 1 && line.units() <= MAX_UNITS,
                        "must be a whole number from 1 to " + MAX_UNITS);
                Money charge = at.optional("charge", line.charge(), PricingInput::amount);
                List<String> modifiers = new ArrayList<>();
                List<String> raw = line.modifiers() == null ? List.of() : line.modifiers();
                at.check("modifiers", raw.size() <= 4, "must be at most 4");
                for (int m = 0; m < raw.size() && m < 4; m++) {
                    String modifier = at.required("modifiers[" + m + "]", raw.get(m),
                            text -> CodeFormats.modifier(text).orThrow());
                    modifiers.add(modifier);
                }
                if (fields.valid()) {
                    checked.add(new CheckedLine(code, modifiers, line.units(), charge));
                }
            }
        }
        fields.throwIfInvalid();
        return checked;
    }
}
