package io.claimline.billing.statement;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The statement cycle and what every statement says of how to pay.
 *
 * @param cycle how long after its last statement an account with a patient balance gets the next one
 * @param minimumInterval never two statements of one account closer than this, by the cycle or on demand
 * @param dueIn the due date's distance from the statement date
 * @param runEvery how often the cycle looks for accounts that are due (a db-scheduler task: one instance runs it)
 * @param phone the billing office's phone, printed as the clinic's contact
 * @param email the billing office's e-mail (optional)
 * @param howToPay the lines under "How to pay"
 */
@ConfigurationProperties("claimline.billing.statements")
public record StatementSettings(Period cycle, Period minimumInterval, Period dueIn, Duration runEvery, String phone,
        String email, List<String> howToPay) {

    public StatementSettings {
        cycle = cycle == null ? Period.ofDays(30) : cycle;
        minimumInterval = minimumInterval == null ? Period.ofDays(21) : minimumInterval;
        dueIn = dueIn == null ? Period.ofDays(21) : dueIn;
        runEvery = runEvery == null ? Duration.ofHours(1) : runEvery;
        howToPay = howToPay == null || howToPay.isEmpty()
                ? List.of("Pay at the front desk by cash, card or check.",
                        "Mail a check payable to the clinic with the stub below.")
                : List.copyOf(howToPay);
        if (cycle.getDays() + cycle.getMonths() * 28 < minimumInterval.getDays() + minimumInterval.getMonths() * 31) {
            throw new IllegalArgumentException("claimline.billing.statements.cycle must not be shorter than its "
                    + "minimum-interval");
        }
    }
}
