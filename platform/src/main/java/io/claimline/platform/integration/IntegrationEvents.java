package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.platform.kernel.NotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a service's Kafka listeners get their router for a topic, and where refused events are re-driven. */
public class IntegrationEvents {

    private final IntegrationEventCodec codec;
    private final IntegrationEventInbox inbox;
    private final RefusedEvents refusals;
    private final MeterRegistry meters;
    private final Map<String, IntegrationEventRouter> routers = new ConcurrentHashMap<>();

    public IntegrationEvents(IntegrationEventCodec codec, IntegrationEventInbox inbox, RefusedEvents refusals,
            MeterRegistry meters) {
        this.codec = codec;
        this.inbox = inbox;
        this.refusals = refusals;
        this.meters = meters;
    }

    public IntegrationEventRouter.Builder router(String topic) {
        return new IntegrationEventRouter.Builder(topic, codec, inbox, refusals, meters,
                router -> routers.put(router.topic(), router));
    }

    /**
     * Applies a refused event of the clinic again, through the same router, inbox and rules as when it arrived
     * (so at most once). It stays refused, with the new reason, if its cause is still there.
     */
    public IntegrationEventRouter.Outcome redrive(String eventId, String clinicId) {
        ConsumerRecord<String, byte[]> record = refusals.storedRecord(eventId, clinicId)
                .orElseThrow(() -> new NotFoundException("refused event"));
        IntegrationEventRouter router = routers.get(record.topic());
        if (router == null) {
            throw new IllegalStateException("no consumer of " + record.topic() + " in this service");
        }
        IntegrationEventRouter.Outcome outcome = router.handle(record);
        if (outcome != IntegrationEventRouter.Outcome.REFUSED) {
            refusals.resolve(eventId, outcome == IntegrationEventRouter.Outcome.APPLIED ? "applied" : "duplicate");
        }
        return outcome;
    }
}
