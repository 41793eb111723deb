package io.claimline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.practice.v1.ClinicProfileChanged;
import io.claimline.contracts.practice.v1.LocationAdded;
import io.claimline.contracts.practice.v1.LocationChanged;
import io.claimline.contracts.practice.v1.ProviderAdded;
import io.claimline.contracts.practice.v1.ProviderChanged;
import io.claimline.contracts.practice.v1.ProviderDeactivated;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The practice setup's published samples are the contract: they decode, and encoding gives them back. */
class PracticeEventsV1ContractTest {

    private static final Map<String, Class<? extends KeyedPayload>> TYPES = Map.of(
            ClinicProfileChanged.TYPE, ClinicProfileChanged.class,
            ProviderAdded.TYPE, ProviderAdded.class,
            ProviderChanged.TYPE, ProviderChanged.class,
            ProviderDeactivated.TYPE, ProviderDeactivated.class,
            LocationAdded.TYPE, LocationAdded.class,
            LocationChanged.TYPE, LocationChanged.class);

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void everySampleDecodesWithEveryFieldPresentAndNamesTheClinicAsItsAggregate() throws IOException {
        for (var type : TYPES.entrySet()) {
            IntegrationEvent event = codec.decode(sample(type.getKey()));
            KeyedPayload payload = codec.payload(event, type.getValue());

            assertThat(event.type()).isEqualTo(type.getKey());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.aggregateType()).isEqualTo("Practice");
            assertThat(event.aggregateId()).isEqualTo(payload.aggregateId()).isEqualTo(event.clinicId());
            assertThat(payload).as(type.getKey()).hasNoNullFieldsOrProperties();
        }
    }

    @Test
    void encodingADecodedPayloadGivesTheSamplesPayloadBack() throws IOException {
        for (var type : TYPES.entrySet()) {
            byte[] sample = sample(type.getKey());
            IntegrationEvent event = codec.decode(sample);
            JsonNode reencoded = codec.toPayload(codec.payload(event, type.getValue()));
            assertThat(reencoded).as(type.getKey()).isEqualTo(plain.readTree(sample).get("payload"));
            assertThat(plain.readTree(codec.encode(event))).isEqualTo(plain.readTree(sample));
        }
    }

    @Test
    void effectiveDatesTravelAsCalendarDates() throws IOException {
        ProviderAdded added = codec.payload(codec.decode(sample(ProviderAdded.TYPE)), ProviderAdded.class);

        assertThat(added.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(added.effectiveTo()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void anOpenEndedProviderAndAProfileWithoutPayToAddressAreValid() throws IOException {
        String openEnded = new String(sample(ProviderAdded.TYPE)).replace("\"2027-12-31\"", "null");
        String noPayTo = new String(sample(ClinicProfileChanged.TYPE))
                .replaceAll("\"payToAddress\": \\{[^}]*}", "\"payToAddress\": null");

        assertThat(codec.payload(codec.decode(openEnded), ProviderAdded.class).effectiveTo()).isNull();
        assertThat(codec.payload(codec.decode(noPayTo), ClinicProfileChanged.class).payToAddress()).isNull();
    }

    @Test
    void samplesCarryEveryFieldTheEnvelopeSchemaRequires() throws IOException {
        JsonNode schema = plain.readTree(resource("/contracts/envelope.v1.schema.json"));
        for (String type : TYPES.keySet()) {
            JsonNode sample = plain.readTree(sample(type));
            for (Iterator<JsonNode> it = schema.get("required").elements(); it.hasNext(); ) {
                String field = it.next().asText();
                assertThat(sample.has(field)).as(type + " " + field).isTrue();
            }
        }
    }

    @Test
    void aMissingRequiredFieldIsMalformedAndTheReasonNamesIt() throws IOException {
        String broken = new String(sample(ProviderAdded.TYPE)).replace("\"npi\": \"1112223338\",", "");

        assertThatThrownBy(() -> codec.payload(codec.decode(broken), ProviderAdded.class))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("npi is missing");
    }

    @Test
    void anEffectiveDateThatIsNoDateIsMalformedAndTheReasonNamesIt() throws IOException {
        String broken = new String(sample(LocationAdded.TYPE))
                .replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"first of January\"");

        assertThatThrownBy(() -> codec.payload(codec.decode(broken), LocationAdded.class))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("effectiveFrom");
    }

    private byte[] sample(String type) throws IOException {
        return resource("/contracts/" + Topics.PRACTICE_EVENTS_V1 + "/" + type + ".v1.json");
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
