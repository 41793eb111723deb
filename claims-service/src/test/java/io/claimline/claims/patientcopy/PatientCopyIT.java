package io.claimline.claims.patientcopy;

import static io.claimline.testsupport.TestActors.userOf;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** claims-service keeps its own copy of each patient from the patient events, once per event. */
@ClaimlineServiceTest
class PatientCopyIT {

    private static final String CLINIC = "clinic-a";

    @Autowired MockMvc mvc;
    @Autowired MeterRegistry meters;

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
        mvc.perform(get("/api/claims/patients/{id}", patientId).with(userOf(CLINIC, "biller")))
                .andExpect(jsonPath("$.appliedEvents").value(2));
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
