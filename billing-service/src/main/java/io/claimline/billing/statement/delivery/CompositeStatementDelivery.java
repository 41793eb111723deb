package io.claimline.billing.statement.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each statement to its channel. Without a mail server ({@code spring.mail.host} unset) an e-mail statement
 * is dropped for print instead, and its receipt says so ({@link DeliveryReceipt#fellBack()}): the patient still gets
 * the statement, on paper.
 *
 * <p>Counts {@value #METRIC} by the channel used and the outcome: {@code delivered}, {@code already_delivered} (the
 * print file was there already), {@code email_unavailable} (an e-mail statement printed instead), {@code failed}.
 */
class CompositeStatementDelivery implements StatementDelivery {

    static final String METRIC = "claimline.billing.statements.delivered";
    private static final Logger log = LoggerFactory.getLogger(CompositeStatementDelivery.class);

    private final PrintDropDelivery print;
    private final Optional<EmailDelivery> email;
    private final MeterRegistry meters;

    CompositeStatementDelivery(PrintDropDelivery print, Optional<EmailDelivery> email, MeterRegistry meters) {
        this.print = print;
        this.email = email;
        this.meters = meters;
    }

    @Override
    public DeliveryReceipt deliver(StatementParcel parcel) {
        Channel used = parcel.channel() == Channel.EMAIL && email.isEmpty() ? Channel.PRINT : parcel.channel();
        try {
            if (used == Channel.EMAIL) {
                DeliveryReceipt receipt = email.get().deliver(parcel);
                count(used, "delivered");
                return receipt;
            }
            PrintDropDelivery.Dropped dropped = print.drop(parcel, parcel.channel());
            if (dropped.receipt().fellBack()) {
                log.info("Statement {} asked for e-mail; no mail server is configured, dropped for print instead",
                        parcel.statementNumber());
                count(used, "email_unavailable");
            } else {
                count(used, dropped.written() ? "delivered" : "already_delivered");
            }
            return dropped.receipt();
        } catch (RuntimeException e) {
            count(used, "failed");
            throw e;
        }
    }

    private void count(Channel channel, String outcome) {
        Counter.builder(METRIC).description("Patient statements delivered, by channel used and outcome")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                .register(meters).increment();
    }
}
