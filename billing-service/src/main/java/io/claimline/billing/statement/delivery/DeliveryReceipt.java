package io.claimline.billing.statement.delivery;

import java.time.Instant;

/**
 * How a statement went out.
 *
 * @param channel the channel it went out through
 * @param destination the print file's name ({@code <clinicId>/<statementNumber>.pdf}) or {@code email}; never the
 *     address
 * @param deliveredAt when, from the injected clock
 * @param requested the channel the caller asked for: {@link Channel#EMAIL} with {@code channel} {@link Channel#PRINT}
 *     means no mail server is configured and the statement was dropped for print instead
 */
public record DeliveryReceipt(Channel channel, String destination, Instant deliveredAt, Channel requested) {

    public DeliveryReceipt(Channel channel, String destination, Instant deliveredAt) {
        this(channel, destination, deliveredAt, channel);
    }

    /** The statement went out through another channel than the one asked for. */
    public boolean fellBack() {
        return channel != requested;
    }
}
