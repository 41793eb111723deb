package io.claimline.localstack.reconcile;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * N7's Kafka side: each consuming service's group has no lag on the topic (committed offset = end offset on every
 * partition), and the dead letters on each group's dead-letter topic, each named by its {@code event-id} header (or
 * its key when it has none).
 */
final class KafkaRecovery implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A record on a dead-letter topic. */
    record DeadLetter(String topic, int partition, long offset, String id) {
    }

    private final String bootstrapServers;
    private final Admin admin;

    KafkaRecovery(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(properties);
    }

    /** Partitions where the group's committed offset is behind the end (no commit counts as offset 0). */
    Map<TopicPartition, Long> lag(String group, String topic) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        return lagOf(ends, committed);
    }

    static Map<TopicPartition, Long> lagOf(Map<TopicPartition, Long> ends,
            Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> lag = new HashMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata offset = committed.get(partition);
            long behind = end - (offset == null ? 0 : offset.offset());
            if (behind > 0) {
                lag.put(partition, behind);
            }
        });
        return lag;
    }

    /** Every record on the topic; none if the topic does not exist. */
    List<DeadLetter> deadLetters(String topic) throws Exception {
        Map<TopicPartition, Long> ends;
        try {
            ends = endOffsets(topic);
        } catch (UnknownTopicOrPartitionException e) {
            return List.of();
        }
        List<DeadLetter> letters = new ArrayList<>();
        if (ends.values().stream().allMatch(end -> end == 0)) {
            return letters;
        }
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading " + topic + " took longer than " + TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(new DeadLetter(topic, record.partition(), record.offset(), idOf(record)));
                }
            }
        }
        return letters;
    }

    private static String idOf(ConsumerRecord<byte[], byte[]> record) {
        Header eventId = record.headers().lastHeader("event-id");
        if (eventId != null) {
            return new String(eventId.value(), StandardCharsets.UTF_8);
        }
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    private Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        TopicDescription description = get(admin.describeTopics(Set.of(topic)).allTopicNames()).get(topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = get(admin.listOffsets(latest).all());
        Map<TopicPartition, Long> ends = new HashMap<>();
        offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static <T> T get(KafkaFuture<T> future) throws Exception {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        admin.close(TIMEOUT);
    }
}
