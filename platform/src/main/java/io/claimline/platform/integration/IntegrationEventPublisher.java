package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Topics;
import io.claimline.platform.axon.MetaDataKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Puts one internal event on Kafka as a versioned integration event, and returns only once the broker has it
 * (acks from all in-sync replicas). Called from a service's publisher processing group: the event store is
 * the outbox and the processor's token its position, so a crash before the token moves republishes the same
 * event with the same event id, and consumers drop the duplicate.
 */
public class IntegrationEventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final IntegrationEventCodec codec;
    private final MeterRegistry meters;
    private final long sendTimeoutMillis;

    public IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafka, IntegrationEventCodec codec,
            MeterRegistry meters, long sendTimeoutMillis) {
        this.kafka = kafka;
        this.codec = codec;
        this.meters = meters;
        this.sendTimeoutMillis = sendTimeoutMillis;
    }

    public void publish(String topic, DomainEventMessage<?> source, String type, int version, Object payload) {
        IntegrationEvent event = envelope(source, type, version, payload);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.aggregateId(), codec.encode(event));
        record.headers().add(Topics.HEADER_EVENT_ID, event.eventId().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_TYPE, type.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegrationPublishingException(topic, e);
        } catch (ExecutionException | TimeoutException e) {
            // Propagates to the processor, which retries from the same token: nothing is skipped.
            throw new IntegrationPublishingException(topic, e);
        }
        meters.counter("claimline.integration.published", "topic", topic, "type", type).increment();
    }

    private IntegrationEvent envelope(DomainEventMessage<?> source, String type, int version, Object payload) {
        try {
            return new IntegrationEvent(
                    source.getIdentifier(),
                    type,
                    version,
                    source.getTimestamp(),
                    source.getType(),
                    source.getAggregateIdentifier(),
                    source.getSequenceNumber(),
                    (String) source.getMetaData().get(MetaDataKeys.CLINIC_ID),
                    (String) source.getMetaData().get(MetaDataKeys.CORRELATION_ID),
                    (String) source.getMetaData().get(MetaDataKeys.CAUSATION_ID),
                    codec.toPayload(payload));
        } catch (MalformedIntegrationEventException e) {
            throw new UnpublishableEventException(source.getIdentifier(), source.getAggregateIdentifier(),
                    e.getMessage());
        }
    }

    /** The broker did not take the event; the publisher processing group will retry it. */
    public static class IntegrationPublishingException extends RuntimeException {
        IntegrationPublishingException(String topic, Throwable cause) {
            super("publishing to " + topic + " failed", cause);
        }
    }
}
