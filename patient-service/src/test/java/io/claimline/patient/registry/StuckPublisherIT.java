package io.claimline.patient.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.patient.registry.api.PatientId;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.platform.phi.SealedValue;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import io.claimline.testsupport.ClaimlineServiceTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event the publisher cannot put in an envelope: a command without a clinic is refused at dispatch, so such an
 * event cannot be made through commands; one stored anyway (here straight into the event store) stops its
 * publisher, which turns the health DOWN and names the event instead of looping silently. Its own context and
 * database, since the publisher stays stopped.
 */
@ClaimlineServiceTest
@TestPropertySource(properties = "claimline.test.context=stuck-publisher")
class StuckPublisherIT {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired EventStore events;
    @Autowired CommandGateway commands;
    @Autowired TransactionTemplate transaction;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void aCommandWithoutClinicMetadataIsRefusedBeforeAnythingIsStored() {
        PatientId patient = PatientId.random();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands.sendAndWait(
                        new io.claimline.patient.registry.api.RegisterPatientCommand(patient,
                                io.claimline.patient.registry.api.PersonDetails.named("Ada", "Lovelace",
                                        java.time.LocalDate.of(1980, 12, 10)), java.util.List.of())))
                .isInstanceOf(io.claimline.platform.axon.RequiredMetaData.MissingMetaDataException.class)
                .hasMessageContaining("carries no");
        assertThat(events.readEvents(patient.toString()).asStream().count()).isZero();
    }

    @Test
    void anUnpublishableEventStopsThePublisherWhichReportsDownNamingTheEvent() throws Exception {
        PatientId patient = PatientId.random();
        SealedValue sealed = new SealedValue("6e1f3c2a-9d8b-4e7f-a6c5-b4d3e2f1a0b9", "c2VhbGVk");
        GenericDomainEventMessage<PatientRegisteredEvent> withoutClinic = new GenericDomainEventMessage<>("Patient",
                patient.toString(), 0, new PatientRegisteredEvent(patient, "clinic-a", sealed, sealed, sealed,
                Instant.parse("2026-11-30T10:00:00Z"), null, null));
        transaction.executeWithoutResult(status -> events.publish(withoutClinic));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = json.readTree(mvc.perform(get("/actuator/health/publishing")).andReturn()
                    .getResponse().getContentAsString());
            assertThat(health.path("status").asText()).isEqualTo("DOWN");
            JsonNode stopped = health.path("components").path("integrationPublishing").path("details")
                    .path("stoppedPublishers").path("patient-events-publisher");
            assertThat(stopped.path("eventId").asText()).isEqualTo(withoutClinic.getIdentifier());
            assertThat(stopped.path("aggregateId").asText()).isEqualTo(patient.toString());
            assertThat(stopped.path("reason").asText()).contains("clinicId");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> processing.eventProcessor("patient-events-publisher")
                .map(EventProcessor::isRunning).orElse(true) == false);
    }
}
