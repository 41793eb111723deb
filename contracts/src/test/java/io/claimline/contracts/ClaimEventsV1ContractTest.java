package io.claimline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.claims.v1.AcknowledgementError;
import io.claimline.contracts.claims.v1.ClaimAccepted;
import io.claimline.contracts.claims.v1.ClaimCreated;
import io.claimline.contracts.claims.v1.ClaimRejected;
import io.claimline.contracts.claims.v1.ClaimResubmitted;
import io.claimline.contracts.claims.v1.ClaimStatus;
import io.claimline.contracts.claims.v1.ClaimSubmitted;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The claims' published samples are the contract: they decode, encoding gives them back, they tell one claim's
 * story (created, submitted, rejected by a 999, resubmitted, accepted by a 277CA), and a variant that breaks the
 * contract is refused with a reason naming the field.
 */
class ClaimEventsV1ContractTest {

    private static final String CLAIM = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";

    private static final Map<String, Class<? extends KeyedPayload>> TYPES = Map.of(
            ClaimCreated.TYPE, ClaimCreated.class,
            ClaimSubmitted.TYPE, ClaimSubmitted.class,
            ClaimAccepted.TYPE, ClaimAccepted.class,
            ClaimRejected.TYPE, ClaimRejected.class,
            ClaimResubmitted.TYPE, ClaimResubmitted.class);

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final ObjectMapper plain = new ObjectMapper();

    @Test
    void everySampleDecodesWithEveryFieldPresentAndNamesTheClaimAsItsAggregate() throws IOException {
        for (var type : TYPES.entrySet()) {
            IntegrationEvent event = codec.decode(sample(type.getKey()));
            KeyedPayload payload = codec.payload(event, type.getValue());

            assertThat(event.type()).isEqualTo(type.getKey());
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.aggregateType()).isEqualTo("Claim");
            assertThat(event.aggregateId()).isEqualTo(payload.aggregateId()).isEqualTo(CLAIM);
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
            assertThat(plain.readTree(codec.encode(event))).as(type.getKey()).isEqualTo(plain.readTree(sample));
        }
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
    void noPayloadHasAPlaceForPhiAndTheClinicComesFromTheEnvelope() {
        List<String> fields = new ArrayList<>();
        for (Class<?> type : List.of(ClaimCreated.class, ClaimCreated.Line.class, ClaimSubmitted.class,
                ClaimAccepted.class, ClaimRejected.class, ClaimResubmitted.class, ClaimStatus.class,
                AcknowledgementError.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(component.getName().toLowerCase(Locale.ROOT));
            }
        }

        assertThat(fields).isNotEmpty().noneMatch(field -> field.contains("name") || field.contains("birth")
                || field.contains("member") || field.contains("address") || field.contains("phone")
                || field.contains("email") || field.contains("subscriber") || field.contains("note")
                || field.contains("clinic"));
    }

    @Test
    void theSamplesTellOneClaimsStoryWhoseNumbersAgree() throws IOException {
        ClaimCreated created = payload(ClaimCreated.TYPE, ClaimCreated.class);
        ClaimSubmitted submitted = payload(ClaimSubmitted.TYPE, ClaimSubmitted.class);
        ClaimRejected rejected = payload(ClaimRejected.TYPE, ClaimRejected.class);
        ClaimResubmitted resubmitted = payload(ClaimResubmitted.TYPE, ClaimResubmitted.class);
        ClaimAccepted accepted = payload(ClaimAccepted.TYPE, ClaimAccepted.class);

        assertThat(created.lines()).extracting(ClaimCreated.Line::procedureCode).containsExactly("99213", "93000");
        assertThat(created.lines().get(0).modifiers()).containsExactly("25");
        assertThat(created.lines().get(0).diagnosisPointers()).containsExactly(1, 2);
        assertThat(created.diagnoses()).containsExactly("E119", "I10");
        assertThat(created.lines().stream().map(ClaimCreated.Line::charge).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(created.totalCharge()).isEqualTo(new BigDecimal("190.00"));
        assertThat(submitted.totalCharge()).isEqualTo(created.totalCharge());
        assertThat(submitted.patientControlNumber()).isEqualTo(created.patientControlNumber())
                .isEqualTo(rejected.patientControlNumber()).isEqualTo(resubmitted.previousPatientControlNumber());
        assertThat(List.of(submitted.submission(), rejected.submission(), resubmitted.submission(),
                accepted.submission())).containsExactly(1, 1, 2, 2);
        assertThat(accepted.patientControlNumber()).isEqualTo(resubmitted.patientControlNumber());
        assertThat(rejected.acknowledgement()).isEqualTo("999");
        assertThat(rejected.errors()).extracting(AcknowledgementError::segmentId).containsExactly("NM1", "REF");
        assertThat(rejected.errors().get(1).elementPosition()).as("a segment-level error").isNull();
        assertThat(accepted.acknowledgement()).isEqualTo("277CA");
        assertThat(accepted.statuses()).extracting(ClaimStatus::category).containsExactly("A1", "A2");
        assertThat(accepted.statuses().get(1).entity()).isNull();
        assertThat(List.of(submitted.timelyFilingDeadline(), rejected.timelyFilingDeadline(),
                resubmitted.timelyFilingDeadline())).containsOnly(LocalDate.of(2027, 2, 25));
        assertThat(resubmitted.batchId()).isNotEqualTo(submitted.batchId());
    }

    @Test
    void amountsTravelAsStringsAndKeepTheirCents() throws IOException {
        JsonNode created = codec.toPayload(payload(ClaimCreated.TYPE, ClaimCreated.class));
        JsonNode submitted = codec.toPayload(payload(ClaimSubmitted.TYPE, ClaimSubmitted.class));

        assertThat(created.get("totalCharge").isTextual()).isTrue();
        assertThat(created.get("totalCharge").asText()).isEqualTo("190.00");
        assertThat(created.at("/lines/1/charge").asText()).isEqualTo("40.00");
        assertThat(submitted.get("totalCharge").asText()).isEqualTo("190.00");
    }

    @Test
    void aRejectionByATa1CarriesNoStatusesOrErrorsAndDecodes() throws IOException {
        String ta1 = new String(sample(ClaimRejected.TYPE)).replace("\"acknowledgement\": \"999\"",
                "\"acknowledgement\": \"TA1\"").replaceAll("(?s)\"errors\": \\[.*?\\n    \\],", "\"errors\": [],");

        ClaimRejected rejected = codec.payload(codec.decode(ta1), ClaimRejected.class);

        assertThat(rejected.acknowledgement()).isEqualTo("TA1");
        assertThat(rejected.statuses()).isEmpty();
        assertThat(rejected.errors()).isEmpty();
    }

    @Test
    void aClaimThatBreaksItsContractIsRefusedAndTheReasonNamesTheField() throws IOException {
        String created = new String(sample(ClaimCreated.TYPE));
        for (var broken : List.of(
                new Broken(created.replace("\"totalCharge\": \"190.00\"", "\"totalCharge\": \"190.01\""),
                        "totalCharge is not the sum of lines.charge"),
                new Broken(created.replace("\"charge\": \"40.00\"", "\"charge\": \"40.001\""),
                        "lines.charge has more than two decimals"),
                new Broken(created.replace("\"CL26112700042\"", "\"CL2611270004200000042\""),
                        "patientControlNumber is not 1 to 20 upper-case letters"),
                new Broken(created.replace("\"CL26112700042\"", "\"cl26112700042\""),
                        "patientControlNumber is not 1 to 20 upper-case letters"),
                new Broken(created.replace("\"CL26112700042\"", "\"CL26112700042*\""),
                        "patientControlNumber is not 1 to 20 upper-case letters"),
                new Broken(created.replace("\"1234567893\"", "\"123456789\""), "billingProviderNpi is not a 10-digit NPI"),
                new Broken(created.replace("\"1112223338\"", "\"111222333X\""),
                        "renderingProviderNpi is not a 10-digit NPI"),
                new Broken(created.replace("\"encounterRevision\": 1", "\"encounterRevision\": 0"),
                        "encounterRevision must be 1 or more"),
                new Broken(created.replace("\"coverageId\": \"7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d\"",
                        "\"coverageId\": \"gold-ppo\""), "coverageId is not a UUID"),
                new Broken(created.replace("\"serviceFrom\": \"2026-11-27\"", "\"serviceFrom\": \"2026-11-28\""),
                        "serviceTo is before serviceFrom"),
                new Broken(created.replace("\"placeOfService\": \"11\"", "\"placeOfService\": \"1\""),
                        "placeOfService is not a two-digit place of service code"),
                new Broken(created.replace("[\"E119\", \"I10\"]", "[]"), "diagnoses must have 1 to 12 entries"),
                new Broken(created.replace("[\"E119\", \"I10\"]",
                        "[\"E119\", \"I10\", \"E780\", \"E669\", \"Z6830\", \"R030\", \"R51\", \"M545\", \"J069\","
                                + " \"K219\", \"F419\", \"G4700\", \"N390\"]"),
                        "diagnoses must have 1 to 12 entries"),
                new Broken(created.replace("\"I10\"]", "\"I10.\"]"), "diagnoses is not ICD-10-CM codes"),
                new Broken(created.replace("\"diagnosisPointers\": [1]", "\"diagnosisPointers\": [3]"),
                        "lines.diagnosisPointers points past diagnoses"),
                new Broken(created.replace("\"diagnosisPointers\": [1, 2]", "\"diagnosisPointers\": [1, 2, 1, 2, 1]"),
                        "lines.diagnosisPointers must have 1 to 4 entries"),
                new Broken(created.replace("\"modifiers\": [\"25\"]", "\"modifiers\": [\"25\", \"59\", \"XE\", \"76\", \"77\"]"),
                        "lines.modifiers must have 0 to 4 entries"),
                new Broken(created.replaceFirst("\"units\": 1", "\"units\": 0"), "lines.units must be 1 or more"),
                new Broken(created.replace("\"lineNumber\": 2", "\"lineNumber\": 1"), "lines.lineNumber is not unique"),
                new Broken(created.replace("\"procedureCode\": \"93000\"", "\"procedureCode\": \"930\""),
                        "lines.procedureCode is not a five-character CPT or HCPCS code"),
                new Broken(created.replaceFirst("\"serviceDate\": \"2026-11-27\"", "\"serviceDate\": \"2026-11-26\""),
                        "lines.serviceDate is outside serviceFrom..serviceTo"),
                new Broken(created.replace("\"createdBy\": \"biller-1\"", "\"createdBy\": \" \""),
                        "createdBy is blank"))) {
            assertMalformed(ClaimCreated.class, broken);
        }
    }

    @Test
    void aSubmissionThatBreaksItsContractIsRefusedAndTheReasonNamesTheField() throws IOException {
        String submitted = new String(sample(ClaimSubmitted.TYPE));
        String sha = "fcee314432950a6866c2513d1af17e0d00e46aa1497e7fba101ed550dc672f2f";
        for (var broken : List.of(
                new Broken(submitted.replace(sha, sha.toUpperCase(Locale.ROOT)),
                        "fileSha256 is not 64 lower-case hexadecimal digits"),
                new Broken(submitted.replace(sha, sha.substring(1)), "fileSha256 is not 64 lower-case hexadecimal"),
                new Broken(submitted.replace("\"submission\": 1", "\"submission\": 0"), "submission must be 1 or more"),
                new Broken(submitted.replace("\"interchangeControlNumber\": 42",
                        "\"interchangeControlNumber\": 1000000000"),
                        "interchangeControlNumber must be 1 to 999999999"),
                new Broken(submitted.replace("\"groupControlNumber\": 42", "\"groupControlNumber\": 0"),
                        "groupControlNumber must be 1 to 999999999"),
                new Broken(submitted.replace("\"frequencyCode\": \"1\"", "\"frequencyCode\": \"01\""),
                        "frequencyCode is not a one-digit claim frequency code"),
                new Broken(submitted.replace("\"batchId\": \"f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9\"",
                        "\"batchId\": \"batch-42\""), "batchId is not a UUID"),
                new Broken(submitted.replace("\"totalCharge\": \"190.00\"", "\"totalCharge\": \"-190.00\""),
                        "totalCharge is negative"),
                new Broken(submitted.replace(",\n    \"timelyFilingDeadline\": \"2027-02-25\"", ""),
                        "timelyFilingDeadline is missing"),
                new Broken(submitted.replace("\"submission\": 1,", ""), "submission"))) {
            assertMalformed(ClaimSubmitted.class, broken);
        }
    }

    @Test
    void anAcceptanceThatBreaksItsContractIsRefusedAndTheReasonNamesTheField() throws IOException {
        String accepted = new String(sample(ClaimAccepted.TYPE));
        for (var broken : List.of(
                new Broken(accepted.replace("\"277CA\"", "\"835\""), "acknowledgement is not one of 277CA, 999"),
                new Broken(accepted.replace("\"277CA\"", "\"TA1\""), "acknowledgement is not one of 277CA, 999"),
                new Broken(accepted.replace("\"submission\": 2", "\"submission\": 0"), "submission must be 1 or more"),
                new Broken(accepted.replace("\"2026333000123456\"", "\"" + "9".repeat(51) + "\""),
                        "payerClaimControlNumber is longer than 50 characters"),
                new Broken(accepted.replaceAll("(?s)\"statuses\": \\[.*?\\n    \\]", "\"statuses\": []"),
                        "statuses is empty for a 277CA"),
                new Broken(accepted.replace("\"code\": \"19\"", "\"code\": \"OK\""),
                        "statuses.code is not a numeric claim status code"),
                new Broken(accepted.replace("\"category\": \"A2\"", "\"category\": \"accepted\""),
                        "statuses.category is not a claim status category code"))) {
            assertMalformed(ClaimAccepted.class, broken);
        }
    }

    @Test
    void aRejectionThatBreaksItsContractIsRefusedAndTheReasonNamesTheField() throws IOException {
        String rejected = new String(sample(ClaimRejected.TYPE));
        for (var broken : List.of(
                new Broken(rejected.replace("\"acknowledgement\": \"999\"", "\"acknowledgement\": \"997\""),
                        "acknowledgement is not one of 277CA, 999, TA1"),
                new Broken(rejected.replace("\"acknowledgement\": \"999\"", "\"acknowledgement\": \"277CA\"")
                        .replace("\"statuses\": []", "\"statuses\": [{\"category\": \"A7\", \"code\": \"562\","
                                + " \"entity\": \"85\"}]"), "errors is only for a 999"),
                new Broken(rejected.replace("\"acknowledgement\": \"999\"", "\"acknowledgement\": \"277CA\""),
                        "statuses is empty for a 277CA"),
                new Broken(rejected.replace("\"submission\": 1", "\"submission\": 0"), "submission must be 1 or more"),
                new Broken(rejected.replaceAll("\"reason\": \"[^\"]*\"", "\"reason\": \"" + "x".repeat(501) + "\""),
                        "reason is longer than 500 characters"),
                new Broken(rejected.replace("\"position\": 23", "\"position\": 0"), "errors.position must be 1 or more"),
                new Broken(rejected.replace("\"segmentId\": \"NM1\"", "\"segmentId\": \"NM1*85\""),
                        "errors.segmentId is not an X12 segment id"))) {
            assertMalformed(ClaimRejected.class, broken);
        }
    }

    @Test
    void aResubmissionThatBreaksItsContractIsRefusedAndTheReasonNamesTheField() throws IOException {
        String resubmitted = new String(sample(ClaimResubmitted.TYPE));
        for (var broken : List.of(
                new Broken(resubmitted.replace("\"submission\": 2", "\"submission\": 1"), "submission must be 2 or more"),
                new Broken(resubmitted.replace("\"submission\": 2", "\"submission\": 0"), "submission must be 2 or more"),
                new Broken(resubmitted.replace("\"a25a220cd48cfe6f9ddc53a6279e06585344ed184a26b07ecebe3ca6bb45a7a1\"",
                        "\"not-a-digest\""), "fileSha256 is not 64 lower-case hexadecimal digits"),
                new Broken(resubmitted.replace("\"previousPatientControlNumber\": \"CL26112700042\"",
                        "\"previousPatientControlNumber\": \"CL26112700042-0000001\""),
                        "previousPatientControlNumber is not 1 to 20"),
                new Broken(resubmitted.replace("\"CL26112700042-2\"", "\"CL26112700042-2 \""),
                        "patientControlNumber is not 1 to 20"),
                new Broken(resubmitted.replaceAll("\"reason\": \"[^\"]*\"", "\"reason\": \"\""), "reason is blank"),
                new Broken(resubmitted.replace("\"transactionSetControlNumber\": 1",
                        "\"transactionSetControlNumber\": -1"), "transactionSetControlNumber must be 1 to 999999999"),
                new Broken(resubmitted.replace("\"frequencyCode\": \"1\"", "\"frequencyCode\": \"R\""),
                        "frequencyCode is not a one-digit claim frequency code"))) {
            assertMalformed(ClaimResubmitted.class, broken);
        }
    }

    @Test
    void theReasonNeverQuotesTheRefusedValue() throws IOException {
        String longNumber = "CLAIMNUMBER0123456789";
        String broken = new String(sample(ClaimCreated.TYPE)).replace("\"CL26112700042\"", "\"" + longNumber + "\"");

        assertThatThrownBy(() -> codec.payload(codec.decode(broken), ClaimCreated.class))
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining("patientControlNumber")
                .hasMessageNotContaining(longNumber);
    }

    private record Broken(String json, String reason) {
    }

    private void assertMalformed(Class<? extends KeyedPayload> payload, Broken broken) {
        assertThat(broken.json()).as("the variant must differ from the sample: " + broken.reason())
                .isNotEqualTo(sampleText(payload));
        assertThatThrownBy(() -> codec.payload(codec.decode(broken.json()), payload))
                .as(payload.getSimpleName() + ": " + broken.reason())
                .isInstanceOf(MalformedIntegrationEventException.class)
                .hasMessageContaining(broken.reason());
    }

    private String sampleText(Class<? extends KeyedPayload> payload) {
        try {
            return new String(sample(payload.getSimpleName()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T payload(String type, Class<T> payloadType) throws IOException {
        return codec.payload(codec.decode(sample(type)), payloadType);
    }

    private byte[] sample(String type) throws IOException {
        return resource("/contracts/" + Topics.CLAIM_EVENTS_V1 + "/" + type + ".v1.json");
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
