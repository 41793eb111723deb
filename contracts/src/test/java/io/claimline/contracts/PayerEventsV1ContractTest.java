package io.claimline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.contracts.payers.v1.PayerChanged;
import io.claimline.contracts.payers.v1.PayerDeactivated;
import io.claimline.contracts.payers.v1.PayerReactivated;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** The payer samples are the contract: consumers decode them, and encoding gives them back. */
class PayerEventsV1ContractTest {

    private static final String[] SAMPLES = {"PayerAdded.v1.json", "PayerChanged.v1.json",
            "PayerDeactivated.v1.json", "PayerReactivated.v1.json"};

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void payerAddedSampleDecodesWithEveryTermPresent() throws IOException {
        IntegrationEvent event = codec.decode(sample("PayerAdded.v1.json"));
        PayerAdded payload = codec.payload(event, PayerAdded.class);

        assertThat(event.type()).isEqualTo(PayerAdded.TYPE);
        assertThat(event.version()).isEqualTo(PayerAdded.VERSION);
        assertThat(event.aggregateType()).isEqualTo("Payer");
        assertThat(event.aggregateId()).isEqualTo(payload.payerId());
        assertThat(payload).hasNoNullFieldsOrProperties();
        assertThat(payload.terms()).hasNoNullFieldsOrProperties();
        assertThat(payload.terms().ediPayerId()).isEqualTo("60054");
        assertThat(payload.terms().address().postalCode()).isEqualTo("799981106");
    }

    @Test
    void payerChangedSampleCarriesEveryValueAfterTheChange() throws IOException {
        IntegrationEvent event = codec.decode(sample("PayerChanged.v1.json"));
        PayerChanged payload = codec.payload(event, PayerChanged.class);

        assertThat(event.type()).isEqualTo(PayerChanged.TYPE);
        assertThat(event.aggregateId()).isEqualTo(payload.payerId());
        assertThat(payload.terms()).hasNoNullFieldsOrProperties();
        assertThat(payload.terms().initialClaimDays()).isEqualTo(120);
    }

    @Test
    void deactivationAndReactivationSamplesDecode() throws IOException {
        IntegrationEvent deactivated = codec.decode(sample("PayerDeactivated.v1.json"));
        IntegrationEvent reactivated = codec.decode(sample("PayerReactivated.v1.json"));

        assertThat(codec.payload(deactivated, PayerDeactivated.class)).hasNoNullFieldsOrProperties();
        assertThat(codec.payload(reactivated, PayerReactivated.class)).hasNoNullFieldsOrProperties();
        assertThat(deactivated.type()).isEqualTo(PayerDeactivated.TYPE);
        assertThat(reactivated.type()).isEqualTo(PayerReactivated.TYPE);
    }

    @Test
    void encodingADecodedSampleGivesTheSampleBack() throws IOException {
        for (String name : SAMPLES) {
            byte[] sample = sample(name);
            JsonNode reencoded = plain.readTree(codec.encode(codec.decode(sample)));
            assertThat(reencoded).as(name).isEqualTo(plain.readTree(sample));
        }
    }

    @Test
    void samplesCarryEveryFieldTheEnvelopeSchemaRequires() throws IOException {
        JsonNode schema = plain.readTree(resource("/contracts/envelope.v1.schema.json"));
        for (String name : SAMPLES) {
            JsonNode sample = plain.readTree(sample(name));
            for (Iterator<JsonNode> it = schema.get("required").elements(); it.hasNext(); ) {
                String field = it.next().asText();
                assertThat(sample.has(field)).as(name + " " + field).isTrue();
            }
        }
    }

    @Test
    void aMissingOrNonPositiveLimitIsMalformedAndTheReasonNamesTheField() throws IOException {
        String sample = new String(sample("PayerAdded.v1.json"));
        IntegrationEvent zero = codec.decode(sample.replace("\"appealDays\": 180", "\"appealDays\": 0"));
        IntegrationEvent missing = codec.decode(sample.replace("\"ediPayerId\": \"60054\",", ""));

        assertThatThrownBy(() -> codec.payload(zero, PayerAdded.class))
                .isInstanceOf(MalformedIntegrationEventException.class).hasMessageContaining("appealDays");
        assertThatThrownBy(() -> codec.payload(missing, PayerAdded.class))
                .isInstanceOf(MalformedIntegrationEventException.class).hasMessageContaining("ediPayerId");
    }

    private byte[] sample(String name) throws IOException {
        return resource("/contracts/patients.payer-events.v1/" + name);
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
