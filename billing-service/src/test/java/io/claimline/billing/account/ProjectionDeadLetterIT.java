package io.claimline.billing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.billing.account.query.PatientAccountProjection;
import io.claimline.contracts.Topics;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A projection's handler that fails does not make the processor log and skip the event: the event's sequence
 * is parked in Axon's dead-letter queue (table DeadLetterEntry) with its cause, and other accounts go on.
 * Its own context: the parked sequence must not disturb the other tests' read models.
 */
@ClaimlineServiceTest
class ProjectionDeadLetterIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // Its own consumer group: the other test context of this JVM keeps consuming the same topic.
        registry.add("spring.kafka.consumer.group-id", () -> "billing-service-dead-letter-test");
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void aProjectionThatCannotHandleAnEventParksItInTheDeadLetterQueueAndGoesOn() {
        String failing = FailingProjectionHandler.FAILS_FOR;
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(failing, "clinic-a"));
        String later = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(later, "clinic-a"));

        awaitAccount(later);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM DeadLetterEntry WHERE processingGroup = ? AND aggregateIdentifier = ?",
                Long.class, PatientAccountProjection.PROCESSING_GROUP, failing) == 1);
        assertThat(jdbc.queryForObject("SELECT causeMessage FROM DeadLetterEntry WHERE aggregateIdentifier = ?",
                String.class, failing)).isEqualTo("projection refused the event");
        assertThat(meters.get("claimline.projection.dead.letters")
                .tag("processing.group", PatientAccountProjection.PROCESSING_GROUP).gauge().value()).isEqualTo(1.0);
    }

    /** Joins the projection's processing group in this test only, failing for one account. */
    @TestConfiguration
    static class FailingProjectionHandlerConfiguration {
        @Bean
        FailingProjectionHandler failingProjectionHandler() {
            return new FailingProjectionHandler();
        }
    }

    @ProcessingGroup(PatientAccountProjection.PROCESSING_GROUP)
    static class FailingProjectionHandler {
        static final String FAILS_FOR = "00000000-0000-0000-0000-00000000dead";

        @EventHandler
        void on(PatientAccountOpenedEvent event) {
            if (event.accountId().toString().equals(FAILS_FOR)) {
                throw new IllegalStateException("projection refused the event");
            }
        }
    }

    private void awaitAccount(String patientId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_patient_account WHERE account_id = ?::uuid", Long.class, patientId) == 1);
    }
}
