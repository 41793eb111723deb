package io.claimline.billing.estimate.web;

import io.claimline.codesets.CodeFormats;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A planned service line: the procedure code, up to 4 modifiers, whole units, and optionally the line's charge (for
 * all its units; without it, the chargemaster's price on the date × units). For a good-faith estimate, optionally
 * the rendering provider (else the estimate's) and a plain-language description.
 */
public record PlannedLineRequest(
        @Schema(example = "99213") String procedureCode,
        @Schema(example = "[\"25\"]") List<String> modifiers,
        @Schema(example = "1") Integer units,
        @Schema(example = "150.00", description = "the line's charge in dollars, for all its units") BigDecimal charge,
        @Schema(example = "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") String providerId,
        @Schema(example = "Office visit, established patient") String description) {

    static final int MAX_MODIFIERS = 4;
    static final int MAX_UNITS = 999;
    static final int MAX_DESCRIPTION = 200;

    /** A line as checked: the charge is null when the chargemaster is to price it. */
    record Planned(ProcedureCode code, List<String> modifiers, int units, Money charge, UUID providerId,
            String description) {
    }

    Planned parse(Fields fields) {
        ProcedureCode code = fields.required("procedureCode", procedureCode, ProcedureCode::of);
        List<String> checkedModifiers = new ArrayList<>();
        if (modifiers != null) {
            fields.check("modifiers", modifiers.size() <= MAX_MODIFIERS, "at most 4 modifiers");
            for (int i = 0; i < modifiers.size() && i < MAX_MODIFIERS; i++) {
                String modifier = fields.required("modifiers[" + i + "]", modifiers.get(i),
                        raw -> CodeFormats.modifier(raw).orThrow());
                if (modifier != null) {
                    checkedModifiers.add(modifier);
                }
            }
        }
        fields.check("units", units != null && units >= 1 && units <= MAX_UNITS, "must be a whole number from 1 to 999");
        Money money = charge == null ? null : fields.value("charge", () -> {
            if (charge.signum() < 0) {
                throw new IllegalArgumentException("must not be negative");
            }
            if (charge.compareTo(new BigDecimal("10000000")) >= 0) {
                throw new IllegalArgumentException("must be less than 10,000,000.00");
            }
            try {
                return new Money(charge, Money.USD);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be dollars with at most 2 decimals");
            }
        });
        UUID provider = fields.optional("providerId", providerId, UUID::fromString);
        String text = description == null || description.isBlank() ? null : description.strip();
        fields.check("description", text == null || text.length() <= MAX_DESCRIPTION, "at most 200 characters");
        return new Planned(code, checkedModifiers, units == null ? 0 : units, money, provider, text);
    }

    static List<Planned> parseAll(Fields fields, List<PlannedLineRequest> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > 50) {
            fields.check("lines", false, "must hold 1 to 50 lines");
            return List.of();
        }
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlannedLineRequest line = lines.get(i);
            if (line == null) {
                fields.check("lines[" + i + "]", false, "is required");
            } else {
                planned.add(line.parse(fields.nested("lines[" + i + "]")));
            }
        }
        return planned;
    }
}
