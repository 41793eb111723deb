package io.claimline.billing.pricing.query;

import io.claimline.platform.kernel.Money;
import java.util.Optional;

/**
 * What a payer's contract says of one line: the allowed amount and the expected reimbursement (the lesser of the
 * allowed amount and the line's charge), or why there is none.
 */
public record Reimbursement(Status status, Money allowed, Money expected) {

    public enum Status {
        /** The contract prices the line. */
        PRICED,
        /** A carve-out says the payer does not cover the code. */
        NOT_COVERED,
        /** The contract has no amount for the code (not in its schedule, or no chargemaster price as its base). */
        NOT_PRICED,
        /** No contract with the payer is in force on the date of service. */
        NO_CONTRACT
    }

    static Reimbursement priced(Money allowed, Money charge) {
        Money expected = allowed.amount().compareTo(charge.amount()) <= 0 ? allowed : charge;
        return new Reimbursement(Status.PRICED, allowed, expected);
    }

    static Reimbursement none(Status status) {
        return new Reimbursement(status, null, null);
    }

    public Optional<Money> expectedAmount() {
        return Optional.ofNullable(expected);
    }
}
