package io.claimline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientErased;
import io.claimline.contracts.patients.v1.PatientRegistered;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** The published samples are the contract: every consumer decodes them, and encoding gives them back. */
class PatientEventsV1ContractTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void patientRegisteredSampleDecodesWithEveryFieldPresent() throws IOException {
        IntegrationEvent event = codec.decode(sample("PatientRegistered.v1.json"));
        PatientRegistered payload = codec.payload(event, PatientRegistered.class);

        assertThat(event.type()).isEqualTo(PatientRegistered.TYPE);
        assertThat(event.version()).isEqualTo(PatientRegistered.VERSION);
        assertThat(event.aggregateId()).isEqualTo(payload.patientId());
        assertThat(payload).hasNoNullFieldsOrProperties();
        assertThat(payload.givenName()).hasNoNullFieldsOrProperties();
    }

    @Test
    void patientDemographicsChangedSampleDecodesWithEveryFieldPresent() throws IOException {
        IntegrationEvent event = codec.decode(sample("PatientDemographicsChanged.v1.json"));
        PatientDemographicsChanged payload = codec.payload(event, PatientDemographicsChanged.class);

        assertThat(event.type()).isEqualTo(PatientDemographicsChanged.TYPE);
        assertThat(payload).hasNoNullFieldsOrProperties();
    }

    @Test
    void patientErasedSampleDecodesWithEveryFieldPresent() throws IOException {
        IntegrationEvent event = codec.decode(sample("PatientErased.v1.json"));
        PatientErased payload = codec.payload(event, PatientErased.class);

        assertThat(event.type()).isEqualTo(PatientErased.TYPE);
        assertThat(event.version()).isEqualTo(PatientErased.VERSION);
        assertThat(event.aggregateId()).isEqualTo(payload.patientId());
        assertThat(payload).hasNoNullFieldsOrProperties();
    }

    @Test
    void encodingADecodedSampleGivesTheSampleBack() throws IOException {
        for (String name : new String[] {"PatientRegistered.v1.json", "PatientDemographicsChanged.v1.json",
                "PatientErased.v1.json"}) {
            byte[] sample = sample(name);
            JsonNode reencoded = plain.readTree(codec.encode(codec.decode(sample)));
            assertThat(reencoded).as(name).isEqualTo(plain.readTree(sample));
        }
    }

    @Test
    void samplesCarryEveryFieldTheEnvelopeSchemaRequires() throws IOException {
        JsonNode schema = plain.readTree(resource("/contracts/envelope.v1.schema.json"));
        JsonNode sample = plain.readTree(sample("PatientRegistered.v1.json"));
        for (Iterator<JsonNode> it = schema.get("required").elements(); it.hasNext(); ) {
            String field = it.next().asText();
            assertThat(sample.has(field)).as(field).isTrue();
        }
    }

    @Test
    void aPayloadWithAFieldOfTheWrongShapeIsMalformedAndTheReasonNamesTheField() throws IOException {
        String broken = new String(sample("PatientRegistered.v1.json"))
                .replace("\"registeredAt\": \"2026-11-27T09:15:30.123Z\"", "\"registeredAt\": {\"x\": 1}");
        IntegrationEvent event = codec.decode(broken);

        assertThatThrownBy(() -> codec.payload(event, PatientRegistered.class))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("registeredAt");
    }

    private byte[] sample(String name) throws IOException {
        return resource("/contracts/patients.patient-events.v1/" + name);
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
