package io.claimline.billing.account;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.claimline.billing.account.query.PatientAccountProjection;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Patient events from Kafka open ledgers, once each, whatever Kafka delivers; the read model replays true. */
@ClaimlineServiceTest
class PatientAccountsIT {

    private static final String CLINIC = "clinic-a";
    private static final String DLT = KafkaIntegrationConfiguration.deadLetterTopic(Topics.PATIENT_EVENTS_V1,
            "billing-service");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired EventProcessingConfiguration processing;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void aRegisteredPatientGetsAnAccountWithNothingOwed() throws Exception {
        String patientId = UUID.randomUUID().toString();
        IntegrationEvent registered = PublishedEvents.patientRegistered(patientId, CLINIC);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, registered);

        awaitAccount(patientId);
        mvc.perform(get("/api/billing/accounts/{id}", patientId).with(userOf(CLINIC, "biller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.patientId").value(patientId))
                .andExpect(jsonPath("$.balance.amount").value("0.00"))
                .andExpect(jsonPath("$.balance.currency").value("USD"));

        Map<String, Object> metaData = Map.of("metaData", jdbc.queryForObject(
                "SELECT convert_from(metaData, 'UTF8') FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                String.class, patientId));
        assertThat(metaData.get("metaData").toString())
                .contains("\"causationId\":\"" + registered.eventId() + "\"")
                .contains("\"correlationId\":\"" + registered.correlationId() + "\"")
                .contains("\"userId\":\"service:billing-service\"")
                .contains("\"clinicId\":\"" + CLINIC + "\"");
    }

    @Test
    void anotherClinicCannotSeeTheAccount() throws Exception {
        String patientId = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patientId, CLINIC));
        awaitAccount(patientId);

        mvc.perform(get("/api/billing/accounts/{id}", patientId).with(userOf("clinic-b", "biller")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theSameIntegrationEventDeliveredTwiceIsAppliedOnce() {
        String patientId = UUID.randomUUID().toString();
        IntegrationEvent registered = PublishedEvents.patientRegistered(patientId, CLINIC);
        double duplicatesBefore = duplicates();

        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, registered);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, registered);

        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, patientId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM integration_inbox WHERE event_id = ?", Long.class,
                registered.eventId())).isEqualTo(1);
        awaitAccount(patientId);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndLaterMessagesStillApply() {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.send(Topics.PATIENT_EVENTS_V1, poisonKey, "{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        String wrongVersionPatient = UUID.randomUUID().toString();
        IntegrationEvent wrongVersion = withVersion(PublishedEvents.patientRegistered(wrongVersionPatient, CLINIC), 9);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, wrongVersion);
        String laterPatient = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(laterPatient, CLINIC));

        var deadLetter = kafka.awaitRecord(DLT, r -> poisonKey.equals(r.key()));
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(KafkaTestClient.header(deadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("undecodable envelope"));
        assertThat(KafkaTestClient.header(deadLetter, "kafka_dlt-exception-message")).isEmpty();
        assertThat(KafkaTestClient.header(deadLetter, "kafka_dlt-exception-stacktrace")).isEmpty();
        var versionDeadLetter = kafka.awaitRecord(DLT, r -> wrongVersionPatient.equals(r.key()));
        assertThat(KafkaTestClient.header(versionDeadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER))
                .hasValueSatisfying(reason -> assertThat(reason).contains("version 9"));
        awaitAccount(laterPatient);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_patient_account WHERE account_id = ?::uuid",
                Long.class, wrongVersionPatient)).isZero();
    }

    @Test
    void resettingAndReplayingTheProjectionRebuildsTheSameReadModel() {
        for (int i = 0; i < 5; i++) {
            String patientId = UUID.randomUUID().toString();
            PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patientId, CLINIC));
            awaitAccount(patientId);
        }
        TrackingEventProcessor processor = processing
                .eventProcessor(PatientAccountProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        await().until(() -> caughtUp(processor));
        String before = checksum();
        long rowsBefore = jdbc.queryForObject("SELECT count(*) FROM rm_patient_account", Long.class);

        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_patient_account", Long.class)).isZero();
        processor.start();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(processor.processingStatus().values())
                .isNotEmpty().allMatch(PatientAccountsIT::replayedUpToTheReset));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_patient_account", Long.class)).isEqualTo(rowsBefore);
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void whileTheDatabaseRefusesWritesTheEventIsRetriedNotDeadLettered() {
        String patientId = UUID.randomUUID().toString();
        double retriesBefore = counter("claimline.integration.retries");
        jdbc.execute("ALTER TABLE integration_inbox RENAME TO integration_inbox_away");
        try {
            PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patientId, CLINIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> counter("claimline.integration.retries") >= retriesBefore + 2);
        } finally {
            jdbc.execute("ALTER TABLE integration_inbox_away RENAME TO integration_inbox");
        }

        awaitAccount(patientId);
        assertThat(kafka.readAll(DLT)).noneMatch(record -> patientId.equals(record.key()));
    }

    private static IntegrationEvent withVersion(IntegrationEvent e, int version) {
        return new IntegrationEvent(e.eventId(), e.type(), version, e.occurredAt(), e.aggregateType(),
                e.aggregateId(), e.sequence(), e.clinicId(), e.correlationId(), e.causationId(), e.payload());
    }

    /** Axon keeps a segment flagged as replaying until an event past the reset arrives; the rebuild is done once
     * the segment has processed everything up to the reset position. */
    private static boolean replayedUpToTheReset(org.axonframework.eventhandling.EventTrackerStatus status) {
        return status.isCaughtUp() && (!status.isReplaying()
                || status.getCurrentPosition().orElse(-1) >= status.getResetPosition().orElse(Long.MAX_VALUE));
    }

    private boolean caughtUp(TrackingEventProcessor processor) {
        return processor.isRunning() && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(s -> s.isCaughtUp() && !s.isReplaying());
    }

    private String checksum() {
        return jdbc.queryForObject(
                "SELECT coalesce(md5(string_agg(r::text, '|' ORDER BY r.account_id)), '') FROM rm_patient_account r",
                String.class);
    }

    private double duplicates() {
        return counter("claimline.integration.duplicates");
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private void awaitAccount(String patientId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_patient_account WHERE account_id = ?::uuid", Long.class, patientId) == 1);
    }
}
