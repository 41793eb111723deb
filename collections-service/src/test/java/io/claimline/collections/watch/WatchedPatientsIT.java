package io.claimline.collections.watch;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.claimline.contracts.Topics;
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

/** collections-service starts watching every registered patient, with no balance yet. */
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
}
