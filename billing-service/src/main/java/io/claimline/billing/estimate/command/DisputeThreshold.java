package io.claimline.billing.estimate.command;

import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;

/**
 * The No Surprises Act's line (45 CFR 149.620(b)): an uninsured or self-pay patient may dispute a bill that is at
 * least $400 more than the good-faith estimate. "At least": exactly $400 over is flagged.
 */
public final class DisputeThreshold {

    public static final Money AMOUNT = Money.usd("400.00");

    private DisputeThreshold() {
    }

    /** Billed minus estimated: positive when the bill is over the estimate. */
    public static Money excess(Money estimated, Money billed) {
        return billed.minus(estimated);
    }

    public static boolean reached(Money estimated, Money billed) {
        Money excess = excess(estimated, billed);
        return excess.amount().compareTo(AMOUNT.amount()) >= 0;
    }

    static boolean isUsd(Money money) {
        return money.currency().equals(Money.USD) && money.amount().compareTo(BigDecimal.ZERO) >= 0;
    }
}
