package io.claimline.billing.pricing.api;

import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a payer contract's terms: how the payer's allowed amount for a code is found (ADR 0019).
 * <ul>
 *   <li>{@link Method#FEE_SCHEDULE}: the allowed amount per unit is the schedule's amount for the code;</li>
 *   <li>{@link Method#PERCENT_OF_BASE}: {@code percent} of a base amount per unit, the base being the clinic's
 *       chargemaster price on the date of service ({@link Base#CHARGEMASTER}) or the amount of a base fee schedule
 *       the clinic entered with the contract ({@link Base#FEE_SCHEDULE}, e.g. "Medicare PFS 2026");</li>
 *   <li>{@code carveOuts}: per-code terms that replace the method for their code.</li>
 * </ul>
 * {@code schedule} holds the fee schedule (FEE_SCHEDULE, or PERCENT_OF_BASE on a FEE_SCHEDULE base) and is empty
 * otherwise; {@code percent} and {@code base} are null for FEE_SCHEDULE. Checked on the way in (the request names
 * the field); the constructor only keeps the shape. Codes are normalised CPT/HCPCS codes as text.
 */
public record ContractTerms(Method method, BigDecimal percent, Base base, String scheduleName,
        List<ScheduleAmount> schedule, List<CarveOut> carveOuts) {

    public enum Method { FEE_SCHEDULE, PERCENT_OF_BASE }

    public enum Base { CHARGEMASTER, FEE_SCHEDULE }

    /** What a carve-out allows for its code instead of the contract's method. */
    public enum CarveOutKind {
        /** {@code amount} per unit. */
        FIXED_AMOUNT,
        /** {@code percent} of the line's charge (the whole line's, not per unit). */
        PERCENT_OF_CHARGE,
        /** The payer does not cover the code: nothing is expected from it. */
        NOT_COVERED
    }

    /** A schedule's allowed (or base) amount for one unit of a code. */
    public record ScheduleAmount(String code, Money amount) {

        public ScheduleAmount {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Per-code terms: {@code amount} for FIXED_AMOUNT, {@code percent} for PERCENT_OF_CHARGE, neither otherwise. */
    public record CarveOut(String code, CarveOutKind kind, Money amount, BigDecimal percent) {

        public CarveOut {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
        }
    }

    public ContractTerms {
        Objects.requireNonNull(method, "method");
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        carveOuts = carveOuts == null ? List.of() : List.copyOf(carveOuts);
    }

    /** The schedule's amount per unit for the code, if it lists the code. */
    public Optional<Money> scheduled(String code) {
        return schedule.stream().filter(entry -> entry.code().equals(code)).map(ScheduleAmount::amount).findFirst();
    }

    /** The carve-out for the code, if any. */
    public Optional<CarveOut> carveOut(String code) {
        return carveOuts.stream().filter(carveOut -> carveOut.code().equals(code)).findFirst();
    }
}
