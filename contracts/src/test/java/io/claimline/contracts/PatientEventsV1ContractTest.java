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
import java.util.stream.Stream;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.CoverageChanged;
import io.claimline.contracts.patients.v1.CoverageEnded;
import io.claimline.contracts.patients.v1.CoveragesReordered;
import io.claimline.contracts.patients.v1.EligibilityChecked;
import io.claimline.contracts.patients.v1.GuarantorAssigned;
import io.claimline.contracts.patients.v1.PatientMerged;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    /** Every type published on the topic, with its sample. */
    static Stream<Arguments> everyType() {
        return Stream.of(
                Arguments.of(PatientRegistered.TYPE, PatientRegistered.class),
                Arguments.of(PatientDemographicsChanged.TYPE, PatientDemographicsChanged.class),
                Arguments.of(PatientErased.TYPE, PatientErased.class),
                Arguments.of(GuarantorAssigned.TYPE, GuarantorAssigned.class),
                Arguments.of(PatientMerged.TYPE, PatientMerged.class),
                Arguments.of(CoverageAdded.TYPE, CoverageAdded.class),
                Arguments.of(CoverageChanged.TYPE, CoverageChanged.class),
                Arguments.of(CoverageEnded.TYPE, CoverageEnded.class),
                Arguments.of(CoveragesReordered.TYPE, CoveragesReordered.class),
                Arguments.of(EligibilityChecked.TYPE, EligibilityChecked.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everySampleDecodesWithEveryFieldPresentAndKeyedByItsPatient(String type,
            Class<? extends KeyedPayload> payloadType) throws IOException {
        IntegrationEvent event = codec.decode(sample(type + ".v1.json"));
        KeyedPayload payload = codec.payload(event, payloadType);

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.aggregateId()).isEqualTo(payload.aggregateId());
        assertThat(payload).hasNoNullFieldsOrProperties();
    }

    @Test
    void aCoverageWithoutItsMemberIdIsMalformedAndTheReasonNamesTheField() throws IOException {
        String broken = new String(sample("CoverageAdded.v1.json")).replaceFirst("\"memberId\": \\{[^}]*\\},", "");
        IntegrationEvent event = codec.decode(broken);

        assertThatThrownBy(() -> codec.payload(event, CoverageAdded.class))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("memberId");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void encodingADecodedSampleGivesTheSampleBack(String type) throws IOException {
        for (String name : new String[] {type + ".v1.json"}) {
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
