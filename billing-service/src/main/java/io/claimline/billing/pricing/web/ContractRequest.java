package io.claimline.billing.pricing.web;

import io.claimline.billing.pricing.api.ContractTerms;
import io.claimline.billing.pricing.api.ContractTerms.Base;
import io.claimline.billing.pricing.api.ContractTerms.CarveOut;
import io.claimline.billing.pricing.api.ContractTerms.CarveOutKind;
import io.claimline.billing.pricing.api.ContractTerms.Method;
import io.claimline.billing.pricing.api.ContractTerms.ScheduleAmount;
import io.claimline.codesets.ProcedureCode;
import io.claimline.platform.kernel.Fields;
import io.claimline.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Body of a contract version: its terms from {@code effectiveFrom} on (see ADR 0019 for the methods). */
public record ContractRequest(
        @Schema(example = "2026-01-01", description = "The first day these terms are in force") LocalDate effectiveFrom,
        @Schema(type = "string", example = "PERCENT_OF_BASE", allowableValues = {"FEE_SCHEDULE", "PERCENT_OF_BASE"})
        String method,
        @Schema(type = "string", example = "80", description = "PERCENT_OF_BASE only: the percentage of the base")
        String percent,
        @Schema(type = "string", example = "FEE_SCHEDULE", allowableValues = {"CHARGEMASTER", "FEE_SCHEDULE"},
                description = "PERCENT_OF_BASE only: the clinic's chargemaster, or the fee schedule sent here")
        String base,
        @Schema(type = "string", example = "Medicare PFS 2026",
                description = "The fee schedule's name; required with a FEE_SCHEDULE base")
        String scheduleName,
        @ArraySchema(arraySchema = @Schema(description = "The fee schedule: FEE_SCHEDULE's allowed amounts, or the "
                + "base amounts of PERCENT_OF_BASE on a FEE_SCHEDULE base; empty otherwise"))
        List<Amount> schedule,
        @ArraySchema(arraySchema = @Schema(description = "Per-code terms replacing the method, each code once"))
        List<CarveOutRequest> carveOuts) {

    static final int MAX_CODES = 5000;
    static final int MAX_NAME = 60;

    /** A schedule's amount of one unit of a code. */
    public record Amount(
            @Schema(type = "string", example = "99213") String code,
            @Schema(type = "string", example = "92.50", description = "US dollars per unit, above 0") String amount) {
    }

    /** A carve-out: FIXED_AMOUNT (amount per unit), PERCENT_OF_CHARGE (percent of the line's charge), NOT_COVERED. */
    public record CarveOutRequest(
            @Schema(type = "string", example = "J3301") String code,
            @Schema(type = "string", example = "FIXED_AMOUNT",
                    allowableValues = {"FIXED_AMOUNT", "PERCENT_OF_CHARGE", "NOT_COVERED"}) String kind,
            @Schema(type = "string", example = "18.40", description = "FIXED_AMOUNT only") String amount,
            @Schema(type = "string", description = "PERCENT_OF_CHARGE only, at most 100") String percent) {
    }

    ContractTerms toTerms() {
        Fields fields = new Fields();
        fields.check("effectiveFrom", effectiveFrom != null, "is required");
        Method kind = fields.required("method", method, raw -> PricingInput.oneOf(Method.class, raw));
        BigDecimal share = null;
        Base onBase = null;
        boolean needsSchedule = kind == Method.FEE_SCHEDULE;
        if (kind == Method.PERCENT_OF_BASE) {
            share = fields.required("percent", percent, raw -> PricingInput.percent(raw,
                    PricingInput.MAX_PERCENT_OF_BASE));
            onBase = fields.required("base", base, raw -> PricingInput.oneOf(Base.class, raw));
            needsSchedule = onBase == Base.FEE_SCHEDULE;
            fields.check("schedule", onBase != Base.CHARGEMASTER || schedule == null || schedule.isEmpty(),
                    "must be empty on a CHARGEMASTER base");
            fields.check("scheduleName", onBase != Base.FEE_SCHEDULE || present(scheduleName),
                    "is required with a FEE_SCHEDULE base");
        } else if (kind == Method.FEE_SCHEDULE) {
            fields.check("percent", percent == null, "is for PERCENT_OF_BASE only");
            fields.check("base", base == null, "is for PERCENT_OF_BASE only");
        }
        fields.check("scheduleName", scheduleName == null || scheduleName.strip().length() <= MAX_NAME,
                "must be at most " + MAX_NAME + " characters");
        List<ScheduleAmount> amounts = needsSchedule ? schedule(fields) : List.of();
        List<CarveOut> special = carveOuts(fields);
        fields.throwIfInvalid();
        String name = present(scheduleName) && (kind == Method.FEE_SCHEDULE || onBase == Base.FEE_SCHEDULE)
                ? scheduleName.strip() : null;
        return new ContractTerms(kind, share, onBase, name, amounts, special);
    }

    private List<ScheduleAmount> schedule(Fields fields) {
        List<ScheduleAmount> amounts = new ArrayList<>();
        if (schedule == null || schedule.isEmpty()) {
            fields.check("schedule", false, "must list at least one code");
            return amounts;
        }
        if (schedule.size() > MAX_CODES) {
            fields.check("schedule", false, "must list at most " + MAX_CODES + " codes");
            return amounts;
        }
        Set<ProcedureCode> seen = new HashSet<>();
        for (int i = 0; i < schedule.size(); i++) {
            Fields line = fields.nested("schedule[" + i + "]");
            Amount entry = schedule.get(i);
            ProcedureCode code = line.required("code", entry == null ? null : entry.code(), PricingInput::code);
            Money amount = line.required("amount", entry == null ? null : entry.amount(), PricingInput::amount);
            if (code != null) {
                line.check("code", seen.add(code), "lists a code a second time");
            }
            if (code != null && amount != null) {
                amounts.add(new ScheduleAmount(code.value(), amount));
            }
        }
        return amounts;
    }

    private List<CarveOut> carveOuts(Fields fields) {
        List<CarveOut> parsed = new ArrayList<>();
        if (carveOuts == null) {
            return parsed;
        }
        if (carveOuts.size() > MAX_CODES) {
            fields.check("carveOuts", false, "must list at most " + MAX_CODES + " codes");
            return parsed;
        }
        Set<ProcedureCode> seen = new HashSet<>();
        for (int i = 0; i < carveOuts.size(); i++) {
            Fields line = fields.nested("carveOuts[" + i + "]");
            CarveOutRequest entry = carveOuts.get(i);
            if (entry == null) {
                line.check("code", false, "is required");
                continue;
            }
            ProcedureCode code = line.required("code", entry.code(), PricingInput::code);
            CarveOutKind kind = line.required("kind", entry.kind(), raw -> PricingInput.oneOf(CarveOutKind.class,
                    raw));
            Money amount = null;
            BigDecimal share = null;
            if (kind == CarveOutKind.FIXED_AMOUNT) {
                amount = line.required("amount", entry.amount(), PricingInput::amount);
            } else {
                line.check("amount", entry.amount() == null, "is for FIXED_AMOUNT only");
            }
            if (kind == CarveOutKind.PERCENT_OF_CHARGE) {
                share = line.required("percent", entry.percent(), raw -> PricingInput.percent(raw,
                        PricingInput.MAX_PERCENT_OF_CHARGE));
            } else {
                line.check("percent", entry.percent() == null, "is for PERCENT_OF_CHARGE only");
            }
            if (code != null) {
                line.check("code", seen.add(code), "lists a code a second time");
            }
            if (code != null && kind != null && line.valid()) {
                parsed.add(new CarveOut(code.value(), kind, amount, share));
            }
        }
        return parsed;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
