package io.claimline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.encounters.v1.EncounterAmended;
import io.claimline.contracts.encounters.v1.EncounterConfirmed;
import io.claimline.contracts.encounters.v1.EncounterDetails;
import io.claimline.contracts.encounters.v1.EncounterVoided;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encounters' published samples are the contract: they decode, and encoding gives them back. */
class EncounterEventsV1ContractTest {

    private static final Map<String, Class<? extends KeyedPayload>> TYPES = Map.of(
            EncounterConfirmed.TYPE, EncounterConfirmed.class,
            EncounterAmended.TYPE, EncounterAmended.class,
            EncounterVoided.TYPE, EncounterVoided.class);

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void everySampleDecodesWithEveryFieldPresentAndNamesTheEncounterAsItsAggregate() throws IOException {
        for (var type : TYPES.entrySet()) {
            IntegrationEvent event = codec.decode(sample(type.getKey()));
            KeyedPayload payload = codec.payload(event, type.getValue());

            assertThat(event.type()).isEqualTo(type.getKey());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.aggregateType()).isEqualTo("Encounter");
            assertThat(event.aggregateId()).isEqualTo(payload.aggregateId())
                    .isEqualTo("3c9a7e21-5b4d-4f8e-a1c2-7d6e5f4a3b21");
            assertThat(payload).as(type.getKey()).hasNoNullFieldsOrProperties();
        }
    }

    @Test
    void theConfirmedSampleCarriesEverythingAClaimNeeds() throws IOException {
        EncounterDetails details = confirmed(sample(EncounterConfirmed.TYPE)).details();

        assertThat(details).hasNoNullFieldsOrProperties();
        assertThat(details.renderingProvider()).hasNoNullFieldsOrProperties();
        assertThat(details.billingProvider()).hasNoNullFieldsOrProperties();
        assertThat(details.referringProvider()).hasNoNullFieldsOrProperties();
        assertThat(details.diagnoses()).containsExactly("E119", "I10");
        assertThat(details.serviceFrom()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(details.lines()).extracting(EncounterDetails.ServiceLine::procedureCode)
                .containsExactly("99213", "93000");
        EncounterDetails.ServiceLine visit = details.lines().get(0);
        assertThat(visit.modifiers()).containsExactly("25");
        assertThat(visit.diagnosisPointers()).containsExactly(1, 2);
        assertThat(visit).hasNoNullFieldsOrPropertiesExcept("chargeOverrideReason");
        assertThat(visit.note()).as("a note travels sealed").hasNoNullFieldsOrProperties();
        assertThat(details.lines().get(1)).hasNoNullFieldsOrPropertiesExcept("note");
        assertThat(details.selfPay()).isFalse();
    }

    @Test
    void amountsTravelAsStringsAndKeepTheirCents() throws IOException {
        EncounterDetails details = confirmed(sample(EncounterConfirmed.TYPE)).details();

        assertThat(details.totalCharge()).isEqualTo(new BigDecimal("190.00"));
        assertThat(details.lines().get(1).charge()).isEqualTo(new BigDecimal("40.00"));
        assertThat(details.lines().stream().map(EncounterDetails.ServiceLine::charge)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(details.totalCharge());
        assertThat(details.lines().stream().map(EncounterDetails.ServiceLine::expectedReimbursement)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(details.expectedReimbursement());
        JsonNode encoded = codec.toPayload(details);
        assertThat(encoded.get("totalCharge").isTextual()).isTrue();
        assertThat(encoded.get("totalCharge").asText()).isEqualTo("190.00");
        assertThat(encoded.at("/lines/0/expectedReimbursement").asText()).isEqualTo("92.47");
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
    void anAmendmentCarriesTheWholeEncounterAtItsNewRevision() throws IOException {
        EncounterAmended amended = codec.payload(codec.decode(sample(EncounterAmended.TYPE)), EncounterAmended.class);

        assertThat(amended.revision()).isEqualTo(2);
        assertThat(amended.details().lines().get(1).diagnosisPointers()).containsExactly(2);
        assertThat(amended.details().totalCharge()).isEqualTo(new BigDecimal("195.00"));
    }

    @Test
    void aSelfPayEncounterHasNoCoveragePayerOrExpectedReimbursementAndDecodes() throws IOException {
        String selfPay = new String(sample(EncounterConfirmed.TYPE))
                .replace("\"7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d\"", "null")
                .replace("\"2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e\"", "null")
                .replaceAll("\"expectedReimbursement\": \"[0-9.]+\"", "\"expectedReimbursement\": null")
                .replace("\"onBehalfReason\": \"Dr. Hopper is on leave; confirmed from her signed encounter form\"",
                        "\"onBehalfReason\": null")
                .replaceAll("\"referringProvider\": \\{[^}]*}", "\"referringProvider\": null");

        EncounterConfirmed confirmed = confirmed(selfPay.getBytes());

        assertThat(confirmed.details().selfPay()).isTrue();
        assertThat(confirmed.details().payerId()).isNull();
        assertThat(confirmed.details().expectedReimbursement()).isNull();
        assertThat(confirmed.details().referringProvider()).isNull();
        assertThat(confirmed.onBehalfReason()).isNull();
        assertThat(confirmed.details().lines()).extracting(EncounterDetails.ServiceLine::expectedReimbursement)
                .containsOnlyNulls();
        assertThat(confirmed.details().lines()).extracting(EncounterDetails.ServiceLine::charge)
                .containsExactly(new BigDecimal("150.00"), new BigDecimal("40.00"));
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
        String noPatient = new String(sample(EncounterConfirmed.TYPE))
                .replace("\"patientId\": \"0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3\",", "");
        String noCharge = new String(sample(EncounterConfirmed.TYPE)).replace("\"charge\": \"150.00\",", "");

        for (var broken : List.of(Map.entry(noPatient, "patientId is missing"),
                Map.entry(noCharge, "lines.charge is missing"))) {
            assertThatThrownBy(() -> confirmed(broken.getKey().getBytes()))
                    .isInstanceOf(MalformedIntegrationEventException.class)
                    .hasMessageContaining(broken.getValue());
        }
    }

    @Test
    void anAmountThatIsNoNumberIsMalformedAndTheReasonNamesItWithoutQuotingIt() throws IOException {
        String broken = new String(sample(EncounterConfirmed.TYPE))
                .replace("\"totalCharge\": \"190.00\"", "\"totalCharge\": \"one ninety\"");

        assertThatThrownBy(() -> confirmed(broken.getBytes()))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("totalCharge")
                .hasMessageNotContaining("one ninety");
    }

    @Test
    void anAmountWithFractionsOfACentIsMalformed() throws IOException {
        String broken = new String(sample(EncounterConfirmed.TYPE)).replace("\"92.47\"", "\"92.475\"");

        assertThatThrownBy(() -> confirmed(broken.getBytes()))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("lines.expectedReimbursement has more than two decimals");
    }

    private EncounterConfirmed confirmed(byte[] json) {
        return codec.payload(codec.decode(json), EncounterConfirmed.class);
    }

    private byte[] sample(String type) throws IOException {
        return resource("/contracts/" + Topics.ENCOUNTER_EVENTS_V1 + "/" + type + ".v1.json");
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
