package io.claimline.billing.pricing.query;

import io.claimline.billing.pricing.api.ContractTerms;
import io.claimline.billing.pricing.api.ContractTerms.CarveOut;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The contract arithmetic, as pure functions (ADR 0019):
 * <ul>
 *   <li>allowed per unit: the schedule's amount (FEE_SCHEDULE, FIXED_AMOUNT carve-out) or the percentage of the
 *       base amount per unit (PERCENT_OF_BASE), rounded half-up to the cent; then times the units;</li>
 *   <li>a PERCENT_OF_CHARGE carve-out: the percentage of the whole line's charge, rounded half-up to the cent (a
 *       line's charge need not divide into units);</li>
 *   <li>expected reimbursement: the lesser of the allowed amount and the line's charge; an encounter's is the sum
 *       of its lines'.</li>
 * </ul>
 */
public final class ContractPricing {


    private ContractPricing() {
    }

    /**
     * The line under the terms; {@code chargemasterUnitPrice} is the clinic's price of one unit of the code on the
     * date of service (needed only for a PERCENT_OF_BASE contract on the chargemaster).
     */
    public static Reimbursement price(ContractTerms terms, LineToPrice line, Optional<Money> chargemasterUnitPrice) {
        Optional<CarveOut> carveOut = terms.carveOut(line.code().value());
        if (carveOut.isPresent()) {
            CarveOut special = carveOut.get();
            return switch (special.kind()) {
                case NOT_COVERED -> Reimbursement.none(Reimbursement.Status.NOT_COVERED);
                case FIXED_AMOUNT -> Reimbursement.priced(times(special.amount(), line.units()), line.charge());
                case PERCENT_OF_CHARGE -> Reimbursement.priced(percentOf(line.charge(), special.percent()),
                        line.charge());
            };
        }
        Optional<Money> perUnit = switch (terms.method()) {
            case FEE_SCHEDULE -> terms.scheduled(line.code().value());
            case PERCENT_OF_BASE -> (terms.base() == ContractTerms.Base.CHARGEMASTER ? chargemasterUnitPrice
                    : terms.scheduled(line.code().value())).map(base -> percentOf(base, terms.percent()));
        };
        return perUnit.map(unit -> Reimbursement.priced(times(unit, line.units()), line.charge()))
                .orElseGet(() -> Reimbursement.none(Reimbursement.Status.NOT_PRICED));
    }

    /** {@code percent} % of the amount, rounded half-up to the cent. */
    public static Money percentOf(Money amount, BigDecimal percent) {
        return amount.multiply(percent.movePointLeft(2), RoundingMode.HALF_UP);
    }

    /** An amount per unit times whole units: exact, no rounding. */
    public static Money times(Money perUnit, int units) {
        return perUnit.multiply(BigDecimal.valueOf(units), RoundingMode.UNNECESSARY);
    }
}
