package io.claimline.simulator.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulator's own identity and limits: {@code interchangeId} is ISA06/GS02 of its answers; a payload of more
 * than {@code maxSegments} segments is refused unread (a real-time inquiry has a few dozen).
 */
@ConfigurationProperties("claimline.simulator")
public record SimulatorProperties(String interchangeId, int maxSegments) {

    public SimulatorProperties {
        if (interchangeId == null || interchangeId.isBlank() || interchangeId.length() > 15) {
            throw new IllegalArgumentException("claimline.simulator.interchange-id needs 1 to 15 characters");
        }
        if (maxSegments < 10) {
            throw new IllegalArgumentException("claimline.simulator.max-segments must be at least 10");
        }
    }
}
