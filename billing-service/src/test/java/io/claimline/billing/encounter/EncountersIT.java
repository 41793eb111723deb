package io.claimline.billing.encounter;

import static io.claimline.testsupport.TestActors.providerOf;
import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimline.platform.phi.Base64TestVault;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.encounters.v1.EncounterAmended;
import io.claimline.contracts.encounters.v1.EncounterConfirmed;
import io.claimline.contracts.encounters.v1.EncounterVoided;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPayerEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.claimline.testsupport.codes.CodeSetScenarios;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Encounters through REST on real PostgreSQL and Kafka: recorded and priced from the chargemaster and the payer's
 * contract, reviewed only by their rendering provider (or a manager for them), published once confirmed, corrected
 * by amendments and voided; every kind of bad input refused with the field named and nothing stored.
 */
@ClaimlineServiceTest
@Import(Base64TestVault.Configuration.class)
class EncountersIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // Its own consumer group: the other test contexts of this JVM keep consuming the same topics.
        registry.add("spring.kafka.consumer.group-id", () -> "billing-service-encounters-test");
    }

    private static final String HOPPER_NPI = "1222333449";
    private static final String LOVELACE_NPI = "1333444556";
    private static final String PROFILE = """
            {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC", "billingNpi": "1045678905",
             "taxId": "12-3456789", "taxonomy": "207Q00000X",
             "billingAddress": {"line1": "100 Main Street", "city": "Springfield", "state": "IL",
                                "postalCode": "62701-1234"}}""";
    private static final String LOCATION = """
            {"effectiveFrom": "2026-01-01", "name": "Riverside Main Office",
             "address": {"line1": "100 Main Street", "city": "Springfield", "state": "IL", "postalCode": "62701-1234"},
             "placeOfService": "11", "npi": "2765432101"}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Base64TestVault vault;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    private String clinic;
    private String patient;
    private String coverage;
    private String payer;
    private String hopper;
    private String lovelace;
    private String location;

    @BeforeEach
    void aClinicWithAPracticeAPricedContractAndAnInsuredPatient() throws Exception {
        clinic = "clinic-" + UUID.randomUUID();
        patient = UUID.randomUUID().toString();
        coverage = UUID.randomUUID().toString();
        payer = UUID.randomUUID().toString();
        CodeSetScenarios.loadSamples(mvc, "/api/billing/code-sets", clinic);
        send(Topics.PAYER_EVENTS_V1, PublishedPayerEvents.payerAdded(payer, clinic,
                PublishedPayerEvents.terms("Demo Health Plan", "DEMO01", 90)));
        send(Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(patient, clinic));
        send(Topics.PATIENT_EVENTS_V1, PublishedEvents.coverageAdded(patient,
                PublishedEvents.coverage(coverage, payer), clinic, 1));

        write(put("/api/billing/practice/clinic-profile"), "admin", PROFILE, 200);
        hopper = id(write(post("/api/billing/practice/providers"), "admin", provider(HOPPER_NPI, "Grace", "Hopper"),
                201));
        lovelace = id(write(post("/api/billing/practice/providers"), "admin", provider(LOVELACE_NPI, "Ada",
                "Lovelace"), 201));
        location = id(write(post("/api/billing/practice/locations"), "admin", LOCATION, 201));
        write(put("/api/billing/chargemaster/prices"), "manager", """
                {"effectiveFrom": "2026-01-01", "prices": [{"code": "99213", "unitPrice": "125.00"},
                 {"code": "93000", "unitPrice": "40.00"}, {"code": "G0438", "unitPrice": "180.00"}]}""", 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_payer_copy WHERE payer_id = ?::uuid", Long.class, payer) == 1
                && jdbc.queryForObject("SELECT count(*) FROM rm_coverage_copy WHERE coverage_id = ?::uuid",
                Long.class, coverage) == 1);
        // The contract pays 80 % of the chargemaster, except the ECG, carved out at a fixed 22.15.
        write(put("/api/billing/payers/" + payer + "/contract"), "manager", """
                {"effectiveFrom": "2026-01-01", "method": "PERCENT_OF_BASE", "percent": "80", "base": "CHARGEMASTER",
                 "schedule": [], "carveOuts": [{"code": "93000", "kind": "FIXED_AMOUNT", "amount": "22.15"}]}""",
                200);
    }

    @Test
    void aBillersEncounterIsPricedWaitsForItsProviderIsConfirmedByHerAndPublishedWithItsCorrections()
            throws Exception {
        String encounter = id(write(post("/api/billing/encounters"), "biller", visit().toString(), 201), "encounterId");

        JsonNode recorded = read(encounter);
        assertThat(recorded.get("status").asText()).isEqualTo("PENDING_PROVIDER_REVIEW");
        assertThat(recorded.at("/encounter/diagnoses").toString()).isEqualTo("[\"E119\",\"I10\"]");
        assertThat(recorded.at("/encounter/lines/0/charge/amount").asText()).isEqualTo("125.00");
        assertThat(recorded.at("/encounter/lines/0/expectedReimbursement/amount").asText()).isEqualTo("100.00");
        assertThat(recorded.at("/encounter/lines/1/charge/amount").asText()).isEqualTo("40.00");
        assertThat(recorded.at("/encounter/lines/1/expectedReimbursement/amount").asText()).isEqualTo("22.15");
        assertThat(recorded.at("/encounter/billingProvider/npi").asText()).isEqualTo("1045678905");
        assertThat(recorded.at("/encounter/placeOfService").asText()).as("the location's").isEqualTo("11");
        assertThat(recorded.at("/totalCharge/amount").asText()).isEqualTo("165.00");
        assertThat(recorded.at("/expectedReimbursement/amount").asText()).isEqualTo("122.15");

        String later = id(write(post("/api/billing/encounters"), "biller", visit().toString(), 201), "encounterId");
        JsonNode queue = json.readTree(mvc.perform(get("/api/billing/encounters/review-queue")
                .with(providerOf(clinic, HOPPER_NPI))).andReturn().getResponse().getContentAsString());
        assertThat(queue.findValuesAsText("encounterId")).as("oldest first").containsExactly(encounter, later);
        assertThat(queue.get(0).get("age").asText()).startsWith("PT");
        assertThat(Duration.parse(queue.get(0).get("age").asText()))
                .isGreaterThanOrEqualTo(Duration.parse(queue.get(1).get("age").asText()));
        JsonNode othersQueue = json.readTree(mvc.perform(get("/api/billing/encounters/review-queue")
                .with(providerOf(clinic, LOVELACE_NPI))).andReturn().getResponse().getContentAsString());
        assertThat(othersQueue).as("another provider sees only their own").isEmpty();

        assertThat(confirm(encounter, userOf(clinic, "biller"), "{}").getStatus()).isEqualTo(403);
        assertThat(confirm(encounter, providerOf(clinic, LOVELACE_NPI), "{}").getStatus()).isEqualTo(403);
        assertThat(confirm(encounter, providerOf(clinic, HOPPER_NPI), "{}").getStatus()).isEqualTo(200);
        assertThat(read(encounter).get("status").asText()).isEqualTo("CONFIRMED");

        EncounterConfirmed confirmed = published(encounter, EncounterConfirmed.TYPE, EncounterConfirmed.class);
        assertThat(confirmed.revision()).isEqualTo(1);
        assertThat(confirmed.details().coverageId()).isEqualTo(coverage);
        assertThat(confirmed.details().payerId()).isEqualTo(payer);
        assertThat(confirmed.details().renderingProvider().npi()).isEqualTo(HOPPER_NPI);
        assertThat(confirmed.details().lines()).hasSize(2);
        assertThat(confirmed.details().lines().get(0).modifiers()).containsExactly("25");
        assertThat(confirmed.details().lines().get(0).diagnosisPointers()).containsExactly(1, 2);
        assertThat(confirmed.details().lines().get(1).expectedReimbursement()).isEqualByComparingTo("22.15");
        assertThat(confirmed.details().expectedReimbursement()).isEqualByComparingTo("122.15");

        ObjectNode corrected = visit();
        ((ArrayNode) corrected.get("lines")).remove(1);
        corrected.put("reason", "the ECG was not performed");
        MockHttpServletResponse amended = mvc.perform(post("/api/billing/encounters/{id}/amendments", encounter)
                .with(userOf(clinic, "biller")).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(corrected.toString())).andReturn().getResponse();
        assertThat(amended.getStatus()).as(amended.getContentAsString()).isEqualTo(200);
        EncounterAmended amendment = published(encounter, EncounterAmended.TYPE, EncounterAmended.class);
        assertThat(amendment.revision()).isEqualTo(2);
        assertThat(amendment.reason()).isEqualTo("the ECG was not performed");
        assertThat(amendment.details().lines()).hasSize(1);
        assertThat(amendment.details().totalCharge()).isEqualByComparingTo("125.00");

        MockHttpServletResponse voided = mvc.perform(post("/api/billing/encounters/{id}/void", encounter)
                .with(userOf(clinic, "manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"recorded on the wrong day\"}")).andReturn().getResponse();
        assertThat(voided.getStatus()).as(voided.getContentAsString()).isEqualTo(200);
        assertThat(published(encounter, EncounterVoided.TYPE, EncounterVoided.class).revision()).isEqualTo(2);
        assertThat(mvc.perform(get("/api/billing/encounters/{id}", encounter).with(userOf("clinic-other", "biller")))
                .andReturn().getResponse().getStatus()).as("another clinic's").isEqualTo(404);
    }

    @Test
    void aManagerConfirmsForTheProviderOnlyWithAReasonAndAProvidersAmendmentIsTheirReview() throws Exception {
        String first = id(write(post("/api/billing/encounters"), "biller", visit().toString(), 201), "encounterId");
        assertThat(confirm(first, userOf(clinic, "manager"), "{}").getStatus()).isEqualTo(400);
        assertThat(confirm(first, userOf(clinic, "manager"), "{\"reason\": \"Dr. Hopper is on leave\"}").getStatus())
                .isEqualTo(200);
        assertThat(read(first).get("onBehalfReason").asText()).isEqualTo("Dr. Hopper is on leave");
        assertThat(published(first, EncounterConfirmed.TYPE, EncounterConfirmed.class).onBehalfReason())
                .isEqualTo("Dr. Hopper is on leave");

        String second = id(write(post("/api/billing/encounters"), "biller", visit().toString(), 201), "encounterId");
        ObjectNode corrected = visit();
        ((ObjectNode) corrected.get("lines").get(0)).put("charge", "110.00")
                .put("chargeOverrideReason", "brief visit");
        corrected.put("reason", "a brief visit");
        MockHttpServletResponse amended = mvc.perform(post("/api/billing/encounters/{id}/amendments", second)
                .with(providerOf(clinic, HOPPER_NPI)).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(corrected.toString())).andReturn().getResponse();
        assertThat(amended.getStatus()).as(amended.getContentAsString()).isEqualTo(200);
        assertThat(read(second).get("status").asText()).isEqualTo("CONFIRMED");
        EncounterConfirmed confirmed = published(second, EncounterConfirmed.TYPE, EncounterConfirmed.class);
        assertThat(confirmed.details().lines().get(0).charge()).isEqualByComparingTo("110.00");
        assertThat(confirmed.details().lines().get(0).chargeOverrideReason()).isEqualTo("brief visit");
    }

    @Test
    void aLineNoteIsSealedBeforeItIsKeptOrPublishedAndOpenedOnlyThroughTheVault() throws Exception {
        String note = "Left forearm laceration, 2 cm";
        ObjectNode noted = visit();
        line(noted).put("note", note);
        String encounter = id(write(post("/api/billing/encounters"), "biller", noted.toString(), 201), "encounterId");

        assertThat(jdbc.queryForObject("SELECT data::text FROM rm_encounter WHERE encounter_id = ?::uuid",
                String.class, encounter)).doesNotContain(note).contains(Base64TestVault.seal(note));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND convert_from(payload, 'UTF8') LIKE ?", Long.class, encounter, "%" + note + "%")).isZero();
        assertThat(vault.accesses.get(vault.accesses.size() - 1).purpose()).isEqualTo(PurposeOfUse.CHARGE_CAPTURE);

        MockHttpServletResponse notes = mvc.perform(get("/api/billing/encounters/{id}/notes", encounter)
                .with(providerOf(clinic, HOPPER_NPI))).andReturn().getResponse();
        assertThat(notes.getStatus()).isEqualTo(200);
        JsonNode opened = json.readTree(notes.getContentAsString());
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).get("note").asText()).isEqualTo(note);
        assertThat(opened.get(0).get("lineId").asText()).isEqualTo(read(encounter).at("/encounter/lines/0/lineId")
                .asText());
        assertThat(notes.getHeader("Cache-Control")).contains("no-store");
        var opening = vault.accesses.get(vault.accesses.size() - 1);
        assertThat(opening.purpose()).isEqualTo(PurposeOfUse.CHARGE_CAPTURE);
        assertThat(opening.onBehalfOf()).isEqualTo("provider-" + HOPPER_NPI + "-of-" + clinic);

        assertThat(confirm(encounter, providerOf(clinic, HOPPER_NPI), "{}").getStatus()).isEqualTo(200);
        var published = kafka.awaitRecord(Topics.ENCOUNTER_EVENTS_V1, r -> encounter.equals(r.key()));
        assertThat(new String(published.value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(note);
        EncounterConfirmed confirmed = codec.payload(codec.decode(published.value()), EncounterConfirmed.class);
        assertThat(confirmed.details().lines().get(0).note().ciphertext()).isEqualTo(Base64TestVault.seal(note));
        assertThat(confirmed.details().lines().get(1).note()).isNull();
    }

    @Test
    void aSelfPayEncounterHasNoCoverageNorExpectedReimbursement() throws Exception {
        ObjectNode selfPay = visit();
        selfPay.remove("coverageId");
        String encounter = id(write(post("/api/billing/encounters"), "clinic_system", selfPay.toString(), 201),
                "encounterId");
        JsonNode read = read(encounter);
        assertThat(read.at("/encounter/coverageId").isNull()).isTrue();
        assertThat(read.at("/encounter/lines/0/expectedReimbursement").isNull()).isTrue();
        assertThat(read.get("expectedReimbursement").isNull()).isTrue();
    }

    @Test
    void everyBadInputIsRefusedNamingItsFieldAndNothingIsStored() throws Exception {
        refused(400, "diagnoses[0]", v -> v.set("diagnoses", json.createArrayNode().add("E11.9X9Y")));
        refused(400, "diagnoses[1]", v -> v.set("diagnoses", json.createArrayNode().add("E119").add("E11")));
        refused(400, "diagnoses", v -> {
            ArrayNode thirteen = json.createArrayNode();
            List.of("A000", "A09", "B349", "E1165", "E119", "E669", "E785", "F329", "F411", "I10", "J069", "Z0000",
                    "Z0001").forEach(thirteen::add);
            v.set("diagnoses", thirteen);
        });
        refused(400, "lines[0].procedureCode", v -> line(v).put("procedureCode", "9921"));
        refused(400, "lines[0].procedureCode", v -> line(v).put("procedureCode", "G2012")
                .put("charge", "50.00").put("chargeOverrideReason", "no chargemaster price"));
        refused(400, "lines[0].diagnosisPointers[0]", v -> line(v).set("diagnosisPointers",
                json.createArrayNode().add(3)));
        refused(400, "lines[0].modifiers", v -> line(v).set("modifiers",
                json.createArrayNode().add("25").add("59").add("LT").add("RT").add("XS")));
        refused(400, "lines[0].units", v -> line(v).put("units", 0));
        refused(400, "lines[0].units", v -> line(v).put("units", -1));
        refused(400, "lines[0].note", v -> line(v).put("note", "x".repeat(81)));
        refused(400, "lines[0].chargeOverrideReason", v -> line(v).put("charge", "99.00"));
        refused(400, "lines[0].charge", v -> line(v).put("charge", "99.001").put("chargeOverrideReason", "x"));
        refused(409, "coverageId", v -> v.put("serviceFrom", "2027-01-04"));
        refused(404, "coverageId", v -> v.put("coverageId", UUID.randomUUID().toString()));
        refused(404, "renderingProviderId", v -> v.put("renderingProviderId", UUID.randomUUID().toString()));
        refused(404, "locationId", v -> v.put("locationId", UUID.randomUUID().toString()));
        refused(404, "patientId", v -> v.put("patientId", UUID.randomUUID().toString()));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_encounter WHERE clinic_id = ?", Long.class, clinic))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE type = 'Encounter' AND "
                + "convert_from(payload, 'UTF8') LIKE ?", Long.class, "%" + patient + "%")).isZero();
    }

    private void refused(int status, String field, Consumer<ObjectNode> change) throws Exception {
        ObjectNode body = visit();
        change.accept(body);
        MockHttpServletResponse response = mvc.perform(post("/api/billing/encounters").with(userOf(clinic, "biller"))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn().getResponse();
        assertThat(response.getStatus()).as(field + ": " + response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("errors").findValuesAsText("field")).as(response.getContentAsString()).contains(field);
    }

    private static ObjectNode line(ObjectNode visit) {
        return (ObjectNode) visit.get("lines").get(0);
    }

    /** An office visit with an ECG on 2 March 2026 for the insured patient, by Dr. Hopper. */
    private ObjectNode visit() throws Exception {
        return (ObjectNode) json.readTree("""
                {"patientId": "%s", "coverageId": "%s", "serviceFrom": "2026-03-02", "locationId": "%s",
                 "renderingProviderId": "%s", "diagnoses": ["E11.9", "I10"],
                 "lines": [{"procedureCode": "99213", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2]},
                           {"procedureCode": "93000", "modifiers": [], "units": 1, "diagnosisPointers": [2]}]}"""
                .formatted(patient, coverage, location, hopper));
    }

    private static String provider(String npi, String given, String family) {
        return """
                {"effectiveFrom": "2026-01-01", "npi": "%s", "givenName": "%s", "familyName": "%s",
                 "taxonomy": "207Q00000X", "credential": "MD"}""".formatted(npi, given, family);
    }

    private MockHttpServletResponse confirm(String encounter, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/billing/encounters/{id}/confirmation", encounter).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private JsonNode read(String encounter) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/billing/encounters/{id}", encounter)
                .with(userOf(clinic, "auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private <T> T published(String encounter, String type, Class<T> payload) {
        var record = kafka.awaitRecord(Topics.ENCOUNTER_EVENTS_V1, r -> encounter.equals(r.key())
                && KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("").equals(type));
        IntegrationEvent event = codec.decode(record.value());
        assertThat(event.clinicId()).isEqualTo(clinic);
        return codec.payload(event, payload);
    }

    private MockHttpServletResponse write(MockHttpServletRequestBuilder request, String role, String body, int status)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(userOf(clinic, role))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private String id(MockHttpServletResponse response) throws Exception {
        return id(response, "id");
    }

    private String id(MockHttpServletResponse response, String field) throws Exception {
        return json.readTree(response.getContentAsString()).get(field).asText();
    }

    private void send(String topic, IntegrationEvent event) {
        PublishedEvents.send(kafka, topic, event);
    }
}
