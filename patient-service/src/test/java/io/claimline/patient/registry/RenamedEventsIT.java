package io.claimline.patient.registry;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.patient.registry.api.PatientRegisteredEvent;
import io.claimline.testsupport.ClaimlineServiceTest;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Events stored before the registry's package was renamed still read, as the renamed types. */
@ClaimlineServiceTest
class RenamedEventsIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired EventStore events;

    @Test
    void anEventStoredUnderTheOldPackageNameIsReadAsTheRenamedType() throws Exception {
        String registered = json.readTree(mvc.perform(post("/api/patients").with(userOf("clinic-a", "clinic_system"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"Ada\", \"familyName\": \"Old\", \"dateOfBirth\": \"1980-04-02\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("patientId").asText();
        String legacy = UUID.randomUUID().toString();
        // The same stored event, as a patient stored before the rename would have it.
        jdbc.update("""
                INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                    payload, payloadRevision, payloadType, timeStamp)
                SELECT ?, sequenceNumber, type, ?, metaData, payload, payloadRevision,
                    replace(payloadType, 'io.claimline.patient.registry.api.', 'io.claimline.patient.patient.api.'),
                    timeStamp
                FROM DomainEventEntry WHERE aggregateIdentifier = ?""", legacy, UUID.randomUUID().toString(),
                registered);
        assertThat(jdbc.queryForObject("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                String.class, legacy)).startsWith("io.claimline.patient.patient.api.");

        List<? extends EventMessage<?>> read = events.readEvents(legacy).asStream().toList();

        assertThat(read).hasSize(1);
        assertThat(read.get(0).getPayload()).isInstanceOf(PatientRegisteredEvent.class);
    }
}
