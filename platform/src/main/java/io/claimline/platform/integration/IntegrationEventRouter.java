package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The consuming half of an integration topic for one service: decodes each record, checks it against the
 * published contract, and applies the handler for its type once (through the inbox). Each record ends in one of
 * four outcomes: applied; a duplicate (counted, not applied); refused by a business rule of the handler
 * ({@link IntegrationEventRefusedException}: recorded with its reason in {@link RefusedEvents}, and the partition
 * flows on); or malformed ({@link MalformedIntegrationEventException}: thrown, so it goes to the dead-letter
 * topic). Types the service has no use for are counted and passed over. Anything else (a database outage) is
 * thrown and retried.
 */
public final class IntegrationEventRouter {

    private final String topic;
    private final Map<String, Route<?>> routes;
    private final IntegrationEventCodec codec;
    private final IntegrationEventInbox inbox;
    private final RefusedEvents refusals;
    private final MeterRegistry meters;

    private IntegrationEventRouter(String topic, Map<String, Route<?>> routes, IntegrationEventCodec codec,
            IntegrationEventInbox inbox, RefusedEvents refusals, MeterRegistry meters) {
        this.topic = topic;
        this.routes = Map.copyOf(routes);
        this.codec = codec;
        this.inbox = inbox;
        this.refusals = refusals;
        this.meters = meters;
        // Registered at zero, so dashboards and alerts see the series before the first event arrives.
        for (String counter : new String[] {"applied", "duplicates", "refused", "dead.lettered", "retries",
                "ignored"}) {
            meters.counter("claimline.integration." + counter, "topic", topic);
        }
    }

    /** What became of one record. */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED, REFUSED }

    public String topic() {
        return topic;
    }

    /** Applies the record once; returns false for a duplicate, a refusal or a type this service ignores. */
    public boolean accept(ConsumerRecord<String, byte[]> record) {
        return handle(record) == Outcome.APPLIED;
    }

    /**
     * Applies the record once, or records why a business rule refused it. The refusal is written after the
     * handler's transaction rolled back, so nothing of the refused effect (and no inbox row) remains.
     */
    public Outcome handle(ConsumerRecord<String, byte[]> record) {
        IntegrationEvent event = codec.decode(record.value());
        String headerId = KafkaIntegrationConfiguration.header(record, Topics.HEADER_EVENT_ID);
        if (headerId != null && !headerId.equals(event.eventId())) {
            throw new MalformedIntegrationEventException("event-id header does not match the envelope");
        }
        if (record.key() != null && !record.key().equals(event.aggregateId())) {
            throw new MalformedIntegrationEventException("record key does not match the aggregate id");
        }
        Route<?> route = routes.get(event.type());
        if (route == null) {
            meters.counter("claimline.integration.ignored", "topic", topic).increment();
            return Outcome.IGNORED;
        }
        try {
            return apply(route, record.topic(), event) ? Outcome.APPLIED : Outcome.DUPLICATE;
        } catch (IntegrationEventRefusedException refused) {
            refusals.record(record, event, refused.getMessage());
            meters.counter("claimline.integration.refused", "topic", topic).increment();
            return Outcome.REFUSED;
        }
    }

    private <P> boolean apply(Route<P> route, String recordTopic, IntegrationEvent event) {
        if (event.version() != route.version()) {
            throw new MalformedIntegrationEventException(
                    event.type() + " version " + event.version() + " is not the version " + route.version()
                            + " this consumer reads from " + topic);
        }
        P payload = codec.payload(event, route.payloadType());
        if (payload instanceof KeyedPayload keyed && !keyed.aggregateId().equals(event.aggregateId())) {
            throw new MalformedIntegrationEventException("payload names another aggregate than the envelope");
        }
        return inbox.applyOnce(recordTopic, event, applied -> route.handler().accept(applied, payload));
    }

    private record Route<P>(int version, Class<P> payloadType, BiConsumer<IntegrationEvent, P> handler) {
    }

    /** Declares which published types (and versions) of one topic a service applies, and how. */
    public static final class Builder {
        private final String topic;
        private final IntegrationEventCodec codec;
        private final IntegrationEventInbox inbox;
        private final RefusedEvents refusals;
        private final MeterRegistry meters;
        private final Consumer<IntegrationEventRouter> registry;
        private final Map<String, Route<?>> routes = new HashMap<>();

        Builder(String topic, IntegrationEventCodec codec, IntegrationEventInbox inbox, RefusedEvents refusals,
                MeterRegistry meters, Consumer<IntegrationEventRouter> registry) {
            this.topic = topic;
            this.codec = codec;
            this.inbox = inbox;
            this.refusals = refusals;
            this.meters = meters;
            this.registry = registry;
        }

        public <P> Builder on(String type, int version, Class<P> payloadType, BiConsumer<IntegrationEvent, P> handler) {
            routes.put(type, new Route<>(version, payloadType, handler));
            return this;
        }

        public IntegrationEventRouter build() {
            IntegrationEventRouter router = new IntegrationEventRouter(topic, routes, codec, inbox, refusals, meters);
            registry.accept(router);
            return router;
        }
    }
}
