package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/** Where a service's Kafka listeners get their router for a topic. */
public class IntegrationEvents {

    private final IntegrationEventCodec codec;
    private final IntegrationEventInbox inbox;
    private final MeterRegistry meters;

    public IntegrationEvents(IntegrationEventCodec codec, IntegrationEventInbox inbox, MeterRegistry meters) {
        this.codec = codec;
        this.inbox = inbox;
        this.meters = meters;
    }

    public IntegrationEventRouter.Builder router(String topic) {
        return new IntegrationEventRouter.Builder(topic, codec, inbox, meters);
    }
}
