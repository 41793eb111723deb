package io.claimline.collections.watch;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.TestInfrastructure;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * collections-service starts watching every registered patient, with no balance yet; a merged duplicate answers
 * with its survivor.
 */
@ClaimlineServiceTest
class WatchedPatientsIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void watchesARegisteredPatientOfItsClinicOnly() throws Exception {
        String patientId = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patientId, "clinic-a"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/collections/patients/{id}", patientId).with(userOf("clinic-a", "collections")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("NO_BALANCE"))
                        .andExpect(jsonPath("$.watchedSince").value("2026-11-27T09:15:30Z")));
        assertThat(jdbc.queryForObject("SELECT applied_events FROM rm_watched_patient WHERE patient_id = ?::uuid",
                Integer.class, patientId)).isEqualTo(1);
        mvc.perform(get("/api/collections/patients/{id}", patientId).with(userOf("clinic-b", "collections")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aMergedDuplicateAnswersWithTheSurvivorAndTheMergeIsAppliedOnce() throws Exception {
        String duplicate = UUID.randomUUID().toString();
        String survivor = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(duplicate, "clinic-a"));
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(survivor, "clinic-a"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_watched_patient WHERE patient_id IN (?::uuid, ?::uuid)", Long.class,
                duplicate, survivor) == 2);
        IntegrationEvent merged = PublishedEvents.patientMerged(duplicate, survivor, "clinic-a", 1);

        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, merged);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, merged);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/collections/patients/{id}", duplicate).with(userOf("clinic-a", "collections")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.patientId").value(survivor)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_inbox WHERE event_id = ?", Long.class, merged.eventId()) == 1);
        assertThat(jdbc.queryForObject("SELECT applied_events FROM rm_watched_patient WHERE patient_id = ?::uuid",
                Integer.class, duplicate)).as("registered and merged, each once").isEqualTo(2);
        mvc.perform(get("/api/collections/patients/{id}", duplicate).with(userOf("clinic-b", "collections")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMergeOfAnUnknownPatientIsRefusedAndAMalformedOneIsDeadLettered() {
        IntegrationEvent orphan = PublishedEvents.patientMerged(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "clinic-a", 1);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, orphan);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_refused WHERE event_id = ?", Long.class, orphan.eventId()) == 1);

        String duplicate = UUID.randomUUID().toString();
        IntegrationEvent malformed = PublishedEvents.patientMerged(duplicate, UUID.randomUUID().toString(),
                "clinic-a", 1);
        ((ObjectNode) malformed.payload()).remove("survivingPatientId");
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, malformed);
        var deadLetter = kafka.awaitRecord(KafkaIntegrationConfiguration.deadLetterTopic(Topics.PATIENT_EVENTS_V1,
                "collections-service"), r -> duplicate.equals(r.key()));
        assertThat(KafkaTestClient.header(deadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER)).isPresent();
    }
}
