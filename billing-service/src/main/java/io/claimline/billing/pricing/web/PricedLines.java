package io.claimline.billing.pricing.web;

import io.claimline.billing.pricing.query.Reimbursement;
import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a pricing question: per line its charge (the request's, or the chargemaster's price times the
 * units), the contract's allowed amount and the expected reimbursement (the lesser of the two), or why there is
 * none; the totals are the sums over the lines that have one.
 */
public record PricedLines(String payerId, LocalDate dateOfService, List<Line> lines, Money totalCharge,
        Money totalExpectedReimbursement) {

    /**
     * {@code status}: PRICED, NOT_COVERED, NOT_PRICED, NO_CONTRACT, or NO_CHARGE when no charge was sent and the
     * chargemaster has no price for the code on the date of service.
     */
    public record Line(String code, List<String> modifiers, int units, Money charge, String chargeSource,
            String status, Money allowed, Money expectedReimbursement) {
    }

    static final String NO_CHARGE = "NO_CHARGE";

    static String status(Reimbursement reimbursement) {
        return reimbursement.status().name();
    }
}
