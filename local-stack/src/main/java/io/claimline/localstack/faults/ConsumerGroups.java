package io.claimline.localstack.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** A consumer group's position on a topic, through Kafka's Admin API (what kafka-consumer-groups.sh uses). */
final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    ConsumerGroups(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Records on the topic the group has not committed yet. */
    long lag(String group, String topic) {
        Map<TopicPartition, Long> committed = committed(group, topic);
        return offsets(topic, OffsetSpec.latest()).entrySet().stream()
                .mapToLong(end -> end.getValue() - committed.getOrDefault(end.getKey(), 0L)).sum();
    }

    /** Records the group has consumed that are still on the topic (between the earliest and its committed offset). */
    long consumed(String group, String topic) {
        Map<TopicPartition, Long> committed = committed(group, topic);
        return offsets(topic, OffsetSpec.earliest()).entrySet().stream()
                .mapToLong(start -> committed.getOrDefault(start.getKey(), start.getValue()) - start.getValue())
                .sum();
    }

    /**
     * Moves the group back to the earliest record of every partition, as {@code kafka-consumer-groups.sh
     * --reset-offsets --to-earliest --execute} does. The broker refuses while the group has members: stop the
     * service first.
     */
    void resetToEarliest(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> earliest = offsets(topic, OffsetSpec.earliest()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, start -> new OffsetAndMetadata(start.getValue())));
        get(admin.alterConsumerGroupOffsets(group, earliest).all());
    }

    private Map<TopicPartition, Long> committed(String group, String topic) {
        return get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()).entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
        List<TopicPartition> partitions = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic)
                .partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> found = get(admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> spec))).all());
        return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka admin request failed", e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
