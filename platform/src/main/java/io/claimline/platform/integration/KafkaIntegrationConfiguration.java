package io.claimline.platform.integration;

import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.MalformedIntegrationEventException;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.core.KafkaAdmin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring shared by every service: byte[] values (decoding is ours, so a bad message can never wedge the
 * container), an idempotent producer with acks=all, and the consumer error policy: a message that can never be
 * applied goes to {@code <topic>.<consumer group>.dlt} with its reason, at once; anything else (database or
 * broker unavailable) is retried with back-off for as long as it takes, never dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import(RefusedEventsController.class)
public class KafkaIntegrationConfiguration {

    public static final String DLT_REASON_HEADER = "dlt-reason";

    @Bean
    IntegrationEventCodec integrationEventCodec() {
        return new IntegrationEventCodec();
    }

    @Bean
    ProducerFactory<String, byte[]> integrationProducerFactory(KafkaProperties properties) {
        var config = properties.buildProducerProperties(null);
        config.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class);
        config.put("value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class);
        config.put("acks", "all");
        config.put("enable.idempotence", true);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    KafkaTemplate<String, byte[]> integrationKafkaTemplate(ProducerFactory<String, byte[]> factory) {
        return new KafkaTemplate<>(factory);
    }

    @Bean
    IntegrationEventPublisher integrationEventPublisher(KafkaTemplate<String, byte[]> template,
            IntegrationEventCodec codec, MeterRegistry meters,
            @Value("${claimline.kafka.send-timeout-ms:30000}") long sendTimeoutMillis, Environment environment) {
        return new IntegrationEventPublisher(template, codec, meters, sendTimeoutMillis,
                PublishingFault.fromSettings(environment));
    }

    @Bean
    IntegrationEventInbox integrationEventInbox(JdbcTemplate jdbc, TransactionTemplate transaction,
            MeterRegistry meters, Clock clock) {
        return new IntegrationEventInbox(jdbc, transaction, meters, clock);
    }

    @Bean
    PublisherHealth integrationPublishingHealthIndicator() {
        return new PublisherHealth();
    }

    @Bean
    RefusedEvents refusedEvents(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        RefusedEvents refusals = new RefusedEvents(jdbc, clock);
        // Read at scrape time from the table, so it is right after a restart and after a re-drive.
        io.micrometer.core.instrument.Gauge.builder("claimline.integration.refused.open", refusals::open)
                .description("Refused integration events waiting for an operator").register(meters);
        return refusals;
    }

    @Bean
    IntegrationEvents integrationEvents(IntegrationEventCodec codec, IntegrationEventInbox inbox,
            RefusedEvents refusals, MeterRegistry meters) {
        return new IntegrationEvents(codec, inbox, refusals, meters);
    }

    @Bean
    DefaultErrorHandler integrationErrorHandler(KafkaTemplate<String, byte[]> template, MeterRegistry meters,
            @Value("${spring.kafka.consumer.group-id}") String groupId) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(deadLetterTopic(record.topic(), groupId), -1));
        // Spring's exception headers could quote the rejected record (PHI); our reason header never does.
        recoverer.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_MSG,
                DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
        recoverer.setHeadersFunction((record, e) -> {
            meters.counter("claimline.integration.dead.lettered", "topic", record.topic()).increment();
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(DLT_REASON_HEADER, reason(e).getBytes(StandardCharsets.UTF_8)));
            return headers;
        });
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(Long.MAX_VALUE); // infrastructure failures: retry until it is back
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedIntegrationEventException.class);
        handler.setRetryListeners((record, e, attempt) ->
                meters.counter("claimline.integration.retries", "topic", record.topic()).increment());
        return handler;
    }

    /**
     * The topics this service publishes or consumes, and its dead-letter topics, created with the partitions that
     * spread load by aggregate id (whichever service starts first creates them right).
     */
    @Bean
    KafkaAdmin.NewTopics declaredTopics(@Value("${claimline.kafka.topics:}") List<String> topics,
            @Value("${claimline.kafka.partitions}") int partitions, @Value("${claimline.kafka.replicas}") short replicas) {
        return new KafkaAdmin.NewTopics(topics.stream()
                .filter(name -> !name.isBlank())
                .map(name -> new NewTopic(name, partitions, replicas))
                .toArray(NewTopic[]::new));
    }

    public static String deadLetterTopic(String topic, String groupId) {
        return topic + "." + groupId + ".dlt";
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof MalformedIntegrationEventException malformed) {
                return malformed.getMessage();
            }
            cause = cause.getCause();
        }
        return e.getClass().getSimpleName();
    }

    /** Handy in listeners: the record's {@code event-id} header, if the producer set one. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
