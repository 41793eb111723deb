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
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The consuming half of an integration topic for one service: decodes each record, checks it against the
 * published contract, and applies the handler for its type once (through the inbox). Types the service has no
 * use for are counted and passed over; a record that breaks the contract throws
 * {@link MalformedIntegrationEventException} and so goes to the dead-letter topic.
 */
public final class IntegrationEventRouter {

    private final String topic;
    private final Map<String, Route<?>> routes;
    private final IntegrationEventCodec codec;
    private final IntegrationEventInbox inbox;
    private final MeterRegistry meters;

    private IntegrationEventRouter(String topic, Map<String, Route<?>> routes, IntegrationEventCodec codec,
            IntegrationEventInbox inbox, MeterRegistry meters) {
        this.topic = topic;
        this.routes = Map.copyOf(routes);
        this.codec = codec;
        this.inbox = inbox;
        this.meters = meters;
        // Registered at zero, so dashboards and alerts see the series before the first event arrives.
        for (String counter : new String[] {"applied", "duplicates", "dead.lettered", "retries", "ignored"}) {
            meters.counter("claimline.integration." + counter, "topic", topic);
        }
    }

    /** Applies the record once; returns false for a duplicate or a type this service ignores. */
    public boolean accept(ConsumerRecord<String, byte[]> record) {
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
            return false;
        }
        return apply(route, record.topic(), event);
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
        private final MeterRegistry meters;
        private final Map<String, Route<?>> routes = new HashMap<>();

        Builder(String topic, IntegrationEventCodec codec, IntegrationEventInbox inbox, MeterRegistry meters) {
            this.topic = topic;
            this.codec = codec;
            this.inbox = inbox;
            this.meters = meters;
        }

        public <P> Builder on(String type, int version, Class<P> payloadType, BiConsumer<IntegrationEvent, P> handler) {
            routes.put(type, new Route<>(version, payloadType, handler));
            return this;
        }

        public IntegrationEventRouter build() {
            return new IntegrationEventRouter(topic, routes, codec, inbox, meters);
        }
    }
}
