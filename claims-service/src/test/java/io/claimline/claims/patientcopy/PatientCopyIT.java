package io.claimline.claims.patientcopy;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** claims-service keeps its own copy of each patient from the patient events, once per event. */
@ClaimlineServiceTest
class PatientCopyIT {

    private static final String CLINIC = "clinic-a";

    @Autowired MockMvc mvc;
    @Autowired MeterRegistry meters;
    @Autowired JdbcTemplate jdbc;
    @Value("${claimline.kafka.partitions}") int partitions;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void aRegisteredPatientAndALaterCorrectionAreEachAppliedOnce() throws Exception {
        String patientId = UUID.randomUUID().toString();
        IntegrationEvent registered = PublishedEvents.patientRegistered(patientId, CLINIC);
        IntegrationEvent corrected = PublishedEvents.patientDemographicsChanged(patientId, CLINIC, 1);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, registered);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, corrected);
        double duplicatesBefore = duplicates();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, corrected);
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() >= duplicatesBefore + 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/claims/patients/{id}", patientId).with(userOf(CLINIC, "biller")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.patientId").value(patientId))
                        .andExpect(jsonPath("$.lastSequence").value(1))
                        .andExpect(jsonPath("$.demographicsChangedAt").value("2026-11-28T10:00:00Z")));
        assertThat(appliedEvents(patientId)).as("two distinct events, each applied once").isEqualTo(2);
    }

    @Test
    void aRefusedCorrectionIsRecordedTheSamePartitionFlowsOnAndARedriveAppliesItOnceItsCauseIsFixed()
            throws Exception {
        String orphan = UUID.randomUUID().toString();
        String neighbour = patientOnTheSamePartitionAs(orphan);
        IntegrationEvent correction = PublishedEvents.patientDemographicsChanged(orphan, CLINIC, 1);
        double refusedBefore = counter("claimline.integration.refused");

        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, correction);
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(neighbour, CLINIC));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/claims/patients/{id}", neighbour).with(userOf(CLINIC, "biller")))
                        .andExpect(status().isOk()));
        assertThat(counter("claimline.integration.refused")).isEqualTo(refusedBefore + 1);
        Map<String, Object> refused = jdbc.queryForMap(
                "SELECT partition_no, reason, resolved_at FROM integration_refused WHERE event_id = ?",
                correction.eventId());
        assertThat(refused.get("partition_no")).as("same partition as the event behind it")
                .isEqualTo(partitionOf(neighbour));
        assertThat(refused.get("reason")).isEqualTo("no registration was applied for this patient");
        mvc.perform(get("/api/claims/operations/refused-events").with(userOf(CLINIC, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.eventId == '" + correction.eventId() + "')].eventType")
                        .value("PatientDemographicsChanged"));
        mvc.perform(get("/api/claims/operations/refused-events").with(userOf("clinic-b", "admin")))
                .andExpect(jsonPath("$[?(@.eventId == '" + correction.eventId() + "')]").isEmpty());

        redrive(correction.eventId(), "clinic-b").andExpect(status().isNotFound());
        redrive(correction.eventId(), CLINIC).andExpect(jsonPath("$.outcome").value("refused"));

        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(orphan, CLINIC));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/claims/patients/{id}", orphan).with(userOf(CLINIC, "biller")))
                        .andExpect(status().isOk()));
        redrive(correction.eventId(), CLINIC).andExpect(jsonPath("$.outcome").value("applied"));
        redrive(correction.eventId(), CLINIC).andExpect(jsonPath("$.outcome").value("duplicate"));

        mvc.perform(get("/api/claims/patients/{id}", orphan).with(userOf(CLINIC, "biller")))
                .andExpect(jsonPath("$.demographicsChangedAt").value("2026-11-28T10:00:00Z"))
                .andExpect(jsonPath("$.lastSequence").value(1));
        assertThat(appliedEvents(orphan)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT resolution FROM integration_refused WHERE event_id = ?", String.class,
                correction.eventId())).isEqualTo("applied");
    }

    private org.springframework.test.web.servlet.ResultActions redrive(String eventId, String clinic)
            throws Exception {
        return mvc.perform(post("/api/claims/operations/refused-events/{id}/redrive", eventId)
                .with(userOf(clinic, "admin")));
    }

    /** Kafka's default partitioner: murmur2 of the key, modulo the topic's partitions. */
    private int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private String patientOnTheSamePartitionAs(String patientId) {
        String other;
        do {
            other = UUID.randomUUID().toString();
        } while (partitionOf(other) != partitionOf(patientId));
        return other;
    }

    private int appliedEvents(String patientId) {
        return jdbc.queryForObject("SELECT applied_events FROM rm_patient_copy WHERE patient_id = ?::uuid",
                Integer.class, patientId);
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private double duplicates() {
        return meters.find("claimline.integration.duplicates").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void anotherClinicsPatientIsNotFound() throws Exception {
        String patientId = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patientId, CLINIC));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/claims/patients/{id}", patientId).with(userOf(CLINIC, "biller")))
                        .andExpect(status().isOk()));

        mvc.perform(get("/api/claims/patients/{id}", patientId).with(userOf("clinic-b", "biller")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
