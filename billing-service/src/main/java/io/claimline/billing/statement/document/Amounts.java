package io.claimline.billing.statement.document;

import io.claimline.platform.kernel.Money;
import java.util.Collection;
import java.util.function.Function;

/** Sums and comparisons the statement's records check themselves with; messages name fields and amounts only. */
final class Amounts {

    private Amounts() {
    }

    static <T> Money sum(Collection<T> items, Function<T, Money> amount, Money zero) {
        Money total = zero;
        for (T item : items) {
            total = total.plus(amount.apply(item));
        }
        return total;
    }

    static void requireEqual(String field, Money stated, Money computed) {
        if (!stated.equals(computed)) {
            throw new IllegalArgumentException(field + " is " + stated + " but should be " + computed);
        }
    }

    static Money requireAmount(String field, Money amount) {
        if (amount == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return amount;
    }

    static void requireNotNegative(String field, Money amount) {
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, is " + amount);
        }
    }

    /** The larger of two amounts in one currency (another currency is refused by {@code minus}). */
    static Money max(Money a, Money b) {
        return a.minus(b).amount().signum() >= 0 ? a : b;
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
