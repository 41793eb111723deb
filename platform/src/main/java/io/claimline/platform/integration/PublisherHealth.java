package io.claimline.platform.integration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * DOWN, naming the event, once a publisher processing group stopped at an event it cannot put in an envelope.
 * Such an event cannot be skipped (consumers would miss a fact) nor retried into success, so the group stops and
 * waits for an operator instead of looping silently.
 */
public class PublisherHealth implements HealthIndicator {

    private final Map<String, Map<String, Object>> stuck = new ConcurrentHashMap<>();

    void stuck(String processor, String eventId, String aggregateId, String reason) {
        stuck.put(processor, Map.of("eventId", eventId, "aggregateId", aggregateId, "reason", reason));
    }

    @Override
    public Health health() {
        if (stuck.isEmpty()) {
            return Health.up().build();
        }
        return Health.down().withDetail("stoppedPublishers", Map.copyOf(stuck)).build();
    }
}
