package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Topics;
import io.claimline.platform.axon.MetaDataKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Puts internal events on Kafka as versioned integration events, acknowledged by the broker (acks from all in-sync
 * replicas) before the publishing processor's token moves. Called from a service's publisher processing group: the
 * event store is the outbox and the processor's token its position, so a crash before the token moves republishes
 * the same events with the same event ids, and consumers drop the duplicates.
 *
 * <p>Within a processor's batch the sends go out at once and are awaited together when the batch commits (before
 * its token update), so a batch costs one wait for the broker, not one per event; a failed send fails the batch,
 * which the processor retries from the same token. Per aggregate the order holds: records of one aggregate share a
 * key and so a partition, and the idempotent producer keeps a partition's order across its retries.
 */
public class IntegrationEventPublisher {

    private static final String PENDING = IntegrationEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, byte[]> kafka;
    private final IntegrationEventCodec codec;
    private final MeterRegistry meters;
    private final long sendTimeoutMillis;
    private final Runnable afterAcknowledged;

    /**
     * {@code afterAcknowledged} runs once the broker acknowledged a batch and before its token update commits:
     * nothing in production; the fault suite halts the process there (claimline.faults.halt-after-published).
     */
    public IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafka, IntegrationEventCodec codec,
            MeterRegistry meters, long sendTimeoutMillis, Runnable afterAcknowledged) {
        this.kafka = kafka;
        this.codec = codec;
        this.meters = meters;
        this.sendTimeoutMillis = sendTimeoutMillis;
        this.afterAcknowledged = afterAcknowledged;
    }

    public void publish(String topic, DomainEventMessage<?> source, String type, int version, Object payload) {
        IntegrationEvent event = envelope(source, type, version, payload);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.aggregateId(), codec.encode(event));
        record.headers().add(Topics.HEADER_EVENT_ID, event.eventId().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_TYPE, type.getBytes(StandardCharsets.UTF_8));
        Send send = new Send(topic, type, kafka.send(record));
        if (!CurrentUnitOfWork.isStarted()) {
            awaitAll(List.of(send));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<Send>>getOrComputeResource(PENDING, key -> {
            List<Send> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAll(pending));
            return pending;
        }).add(send);
    }

    private record Send(String topic, String type, CompletableFuture<?> acknowledged) {
    }

    private void awaitAll(List<Send> sends) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(sendTimeoutMillis);
        for (Send send : sends) {
            try {
                send.acknowledged().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IntegrationPublishingException(send.topic(), e);
            } catch (ExecutionException | TimeoutException e) {
                // Propagates to the processor, which retries from the same token: nothing is skipped.
                throw new IntegrationPublishingException(send.topic(), e);
            }
        }
        for (Send send : sends) {
            meters.counter("claimline.integration.published", "topic", send.topic(), "type", send.type()).increment();
        }
        afterAcknowledged.run();
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
