package io.claimline.platform.housekeeping;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * How long pruned records are kept ({@code claimline.housekeeping.*}). The inbox must outlive every redelivery
 * Kafka can make: keep it longer than the topics' retention (Kafka's default is 7 days).
 */
@ConfigurationProperties("claimline.housekeeping")
public record HousekeepingProperties(
        @DefaultValue("1h") Duration interval,
        @DefaultValue("7d") Duration idempotencyRetention,
        @DefaultValue("30d") Duration inboxRetention,
        @DefaultValue("90d") Duration resolvedRefusalRetention) {

    public HousekeepingProperties {
        Assert.isTrue(inboxRetention.compareTo(Duration.ofDays(8)) >= 0,
                "claimline.housekeeping.inbox-retention must outlive the topics' retention (at least 8 days)");
        Assert.isTrue(idempotencyRetention.compareTo(Duration.ofHours(24)) >= 0,
                "claimline.housekeeping.idempotency-retention must give clients at least a day to retry");
    }
}
