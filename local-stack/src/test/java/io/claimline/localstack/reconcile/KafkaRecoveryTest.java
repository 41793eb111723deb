package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class KafkaRecoveryTest {

    private static final TopicPartition P0 = new TopicPartition("patients.patient-events.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("patients.patient-events.v1", 1);
    private static final TopicPartition P2 = new TopicPartition("patients.patient-events.v1", 2);

    @Test
    void aGroupAtTheEndOfEveryPartitionHasNoLag() {
        assertThat(KafkaRecovery.lagOf(Map.of(P0, 5L, P1, 0L), Map.of(P0, new OffsetAndMetadata(5)))).isEmpty();
    }

    @Test
    void aPartitionBehindOrNeverCommittedLags() {
        assertThat(KafkaRecovery.lagOf(Map.of(P0, 5L, P1, 3L, P2, 2L), Map.of(P0, new OffsetAndMetadata(4),
                P2, new OffsetAndMetadata(2)))).isEqualTo(Map.of(P0, 1L, P1, 3L));
    }
}
