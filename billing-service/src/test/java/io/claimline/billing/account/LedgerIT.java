package io.claimline.billing.account;

import static io.claimline.testsupport.TestActors.providerOf;
import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.platform.phi.Base64TestVault;
import io.claimline.contracts.Topics;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPayerEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.claimline.testsupport.codes.CodeSetScenarios;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * The guarantor ledger through REST on real PostgreSQL and Kafka: a parent responsible for two children, one
 * insured (copay 25.00 from the coverage's benefits) and one self-pay; their confirmed encounters charge the
 * parent's account; payments post once per reference; bad postings are refused with nothing stored; a statement
 * shows what the patient owes and never what awaits insurance, and is stored encrypted.
 */
@ClaimlineServiceTest
@Import(Base64TestVault.Configuration.class)
class LedgerIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.consumer.group-id", () -> "billing-service-ledger-test");
        // Snapshots after every 5 events, so these accounts are loaded from a snapshot (JSON) after a few postings.
        registry.add("claimline.billing.accounts.snapshot-every", () -> "5");
    }

    private static final String HOPPER_NPI = "1222333449";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Base64TestVault vault;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    private String clinic;
    private String parent;
    private String insuredChild;
    private String selfPayChild;
    private String coverage;
    private String payer;
    private String hopper;
    private String location;

    @BeforeEach
    void aParentResponsibleForAnInsuredChildAndASelfPayChild() throws Exception {
        clinic = "clinic-" + UUID.randomUUID();
        parent = UUID.randomUUID().toString();
        insuredChild = UUID.randomUUID().toString();
        selfPayChild = UUID.randomUUID().toString();
        coverage = UUID.randomUUID().toString();
        payer = UUID.randomUUID().toString();
        CodeSetScenarios.loadSamples(mvc, "/api/billing/code-sets", clinic);
        send(Topics.PAYER_EVENTS_V1, PublishedPayerEvents.payerAdded(payer, clinic,
                PublishedPayerEvents.terms("Demo Health Plan", "DEMO01", 90)));
        send(Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegisteredWithDetails(parent, clinic));
        for (String child : List.of(insuredChild, selfPayChild)) {
            send(Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegisteredWithDetails(child, clinic));
            send(Topics.PATIENT_EVENTS_V1, PublishedEvents.guarantorAssigned(child, parent, "PATIENT", clinic, 1));
        }
        send(Topics.PATIENT_EVENTS_V1, PublishedEvents.coverageAdded(insuredChild,
                PublishedEvents.coverage(coverage, payer), clinic, 2));
        write(put("/api/billing/practice/clinic-profile"), "admin", """
                {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC",
                 "billingNpi": "1045678905", "taxId": "12-3456789", "taxonomy": "207Q00000X",
                 "billingAddress": {"line1": "100 Main Street", "city": "Springfield", "state": "IL",
                                    "postalCode": "62701-1234"}}""", 200);
        hopper = id(write(post("/api/billing/practice/providers"), "admin", """
                {"effectiveFrom": "2026-01-01", "npi": "%s", "givenName": "Grace", "familyName": "Hopper",
                 "taxonomy": "207Q00000X", "credential": "MD"}""".formatted(HOPPER_NPI), 201), "id");
        location = id(write(post("/api/billing/practice/locations"), "admin", """
                {"effectiveFrom": "2026-01-01", "name": "Riverside Main Office",
                 "address": {"line1": "100 Main Street", "city": "Springfield", "state": "IL",
                             "postalCode": "62701-1234"}, "placeOfService": "11", "npi": "2765432101"}""", 201),
                "id");
        write(put("/api/billing/chargemaster/prices"), "manager", """
                {"effectiveFrom": "2026-01-01", "prices": [{"code": "99213", "unitPrice": "125.00"},
                 {"code": "93000", "unitPrice": "40.00"}]}""", 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_coverage_copy WHERE coverage_id = ?::uuid", Long.class, coverage) == 1
                && jdbc.queryForObject("SELECT count(*) FROM rm_account_patient WHERE account_id = ?::uuid",
                Long.class, parent) == 3);
    }

    @Test
    void confirmedChargesPostToTheGuarantorAndAPaymentPostsOncePerReference() throws Exception {
        chargeBothChildren();

        JsonNode balances = balances();
        // Insured: 125 + 40 to the payer, less the 25.00 copay moved to the patient; self-pay: 125 to the patient.
        assertThat(balances.get("balance").get("amount").asText()).isEqualTo("290.00");
        assertThat(share(balances, "PATIENT")).isEqualTo("150.00");
        assertThat(share(balances, "PAYER:" + payer)).isEqualTo("140.00");
        assertThat(balances.get("lines")).hasSize(3);

        String payment = """
                {"method": "CARD", "reference": "ch_3PqX9a2eZvKYlo2C1", "cardLastFour": "4242",
                 "amount": "50.00"}""";
        MockHttpServletResponse first = write(post("/api/billing/accounts/{id}/payments", parent), "front_desk",
                payment, 201);
        MockHttpServletResponse again = write(post("/api/billing/accounts/{id}/payments", parent), "front_desk",
                payment, 200);
        assertThat(id(again, "postingId")).isEqualTo(id(first, "postingId"));
        assertThat(json.readTree(again.getContentAsString()).get("repeated").asBoolean()).isTrue();
        assertThat(share(balances(), "PATIENT")).isEqualTo("100.00");
        assertThat(postings("PAYMENT")).isEqualTo(1);

        // The same remittance line twice pays once.
        String line = balances().get("lines").findValuesAsText("lineId").get(0);
        String remittance = """
                {"payerId": "%s", "lineId": "%s", "method": "EFT", "reference": "835-77:CLP-1:SVC-1",
                 "amount": "80.00"}""".formatted(payer, insuredLine(balances()));
        write(post("/api/billing/accounts/{id}/insurance-payments", parent), "biller", remittance, 201);
        write(post("/api/billing/accounts/{id}/insurance-payments", parent), "biller", remittance, 200);
        assertThat(share(balances(), "PAYER:" + payer)).isEqualTo("60.00");
        assertThat(line).isNotBlank();

        // The account is loaded from its snapshot now, and still knows every source it posted and what is owed.
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, parent) > 0);
        write(post("/api/billing/accounts/{id}/payments", parent), "front_desk", payment, 200);
        write(post("/api/billing/accounts/{id}/adjustments", parent), "biller",
                "{\"reason\": \"COURTESY\", \"reference\": \"A-9\", \"amount\": \"100.01\"}", 409);
        write(post("/api/billing/accounts/{id}/adjustments", parent), "biller",
                "{\"reason\": \"COURTESY\", \"reference\": \"A-9\", \"amount\": \"100.00\"}", 201);
        assertThat(share(balances(), "PATIENT")).isEqualTo("0.00");

        // Paid more than owed: a credit, listed for refund review until a manager refunds it.
        write(post("/api/billing/accounts/{id}/payments", parent), "front_desk",
                "{\"method\": \"CHECK\", \"reference\": \"CHK-1001\", \"amount\": \"10.00\"}", 201);
        JsonNode credits = json.readTree(mvc.perform(get("/api/billing/credit-balances").with(userOf(clinic,
                "manager"))).andReturn().getResponse().getContentAsString());
        assertThat(credits).hasSize(1);
        assertThat(credits.get(0).get("accountId").asText()).isEqualTo(parent);
        assertThat(credits.get(0).get("responsibility").asText()).isEqualTo("PATIENT");
        assertThat(credits.get(0).at("/credit/amount").asText()).isEqualTo("10.00");
        write(post("/api/billing/accounts/{id}/refunds", parent), "manager",
                "{\"method\": \"CHECK\", \"reference\": \"RF-7\", \"amount\": \"10.00\", \"reason\": \"overpaid\"}",
                201);
        assertThat(json.readTree(mvc.perform(get("/api/billing/credit-balances").with(userOf(clinic, "manager")))
                .andReturn().getResponse().getContentAsString())).isEmpty();
        assertThat(balances().get("balance").get("amount").asText()).isEqualTo("60.00");
    }

    @Test
    void badPostingsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        chargeBothChildren();
        long before = postings(null);

        refused(post("/api/billing/accounts/{id}/payments", UUID.randomUUID()), "front_desk",
                "{\"method\": \"CASH\", \"reference\": \"R-1\", \"amount\": \"5.00\"}", 404, "accountId");
        refused(post("/api/billing/accounts/{id}/payments", parent), "front_desk",
                "{\"method\": \"CASH\", \"reference\": \"R-1\", \"amount\": \"-5.00\"}", 400, "amount");
        refused(post("/api/billing/accounts/{id}/payments", parent), "front_desk",
                "{\"method\": \"CASH\", \"reference\": \"R-1\", \"amount\": \"5.001\"}", 400, "amount");
        refused(post("/api/billing/accounts/{id}/payments", parent), "front_desk",
                "{\"method\": \"CARD\", \"reference\": \"4111111111111111\", \"cardLastFour\": \"1111\","
                        + " \"amount\": \"5.00\"}", 400, "reference");
        refused(post("/api/billing/accounts/{id}/adjustments", parent), "biller",
                "{\"reason\": \"GOODWILL\", \"reference\": \"A-1\", \"amount\": \"5.00\"}", 400, "reason");
        refused(post("/api/billing/accounts/{id}/adjustments", parent), "biller",
                "{\"reason\": \"COURTESY\", \"reference\": \"A-2\", \"amount\": \"150.01\"}", 409, "amount");
        refused(post("/api/billing/accounts/{id}/refunds", parent), "manager",
                "{\"method\": \"CHECK\", \"reference\": \"RF-1\", \"amount\": \"1.00\", \"reason\": \"overpaid\"}",
                409, "amount");
        assertThat(mvc.perform(post("/api/billing/accounts/{id}/adjustments", parent).with(userOf(clinic, "biller"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"BAD_DEBT\", \"reference\": \"A-3\", \"amount\": \"5.00\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        assertThat(postings(null)).isEqualTo(before);
        assertThat(balances().get("balance").get("amount").asText()).isEqualTo("290.00");
    }

    @Test
    void aStatementShowsWhatThePatientOwesNeverWhatAwaitsInsuranceAndIsStoredEncrypted() throws Exception {
        chargeBothChildren();
        write(post("/api/billing/accounts/{id}/payments", parent), "front_desk",
                "{\"method\": \"CASH\", \"reference\": \"RCPT-9\", \"amount\": \"20.00\"}", 201);

        // The cycle finds the one account of the clinic whose patient owes something and never had a statement.
        assertThat(json.readTree(write(post("/api/billing/statements/cycle-runs"), "biller", "", 200)
                .getContentAsString()).get("issued").asInt()).isEqualTo(1);
        String statement = await().atMost(Duration.ofSeconds(10)).until(() -> json.readTree(mvc.perform(
                get("/api/billing/accounts/{id}/statements", parent).with(userOf(clinic, "biller"))).andReturn()
                .getResponse().getContentAsString()), history -> history.size() == 1).get(0).get("statementId")
                .asText();
        // Within the minimum interval neither a biller's request nor the next cycle issues another.
        write(post("/api/billing/accounts/{id}/statements", parent), "biller", "", 409);
        assertThat(json.readTree(write(post("/api/billing/statements/cycle-runs"), "biller", "", 200)
                .getContentAsString()).get("issued").asInt()).isZero();

        byte[] pdf = await().atMost(Duration.ofSeconds(30)).until(() -> download(statement, "pdf"), b -> b != null);
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("sealed-guarantor-givenName sealed-guarantor-familyName")
                .contains("$290.00").contains("$140.00").contains("$130.00").doesNotContain("$270.00");
        JsonNode document = json.readTree(download(statement, "json"));
        assertThat(document.at("/totals/awaitingInsurance/amount").asText()).isEqualTo("140.00");
        assertThat(document.at("/totals/amountDue/amount").asText()).isEqualTo("130.00");
        assertThat(vault.accesses).anySatisfy(access ->
                assertThat(access.purpose()).isEqualTo(PurposeOfUse.PATIENT_STATEMENT));

        // At rest: neither the guarantor's name nor the statement's text is in the stored bytes.
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM encrypted_documents WHERE clinic_id = ?",
                clinic);
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                String raw = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                        : String.valueOf(value);
                assertThat(raw).doesNotContain("sealed-guarantor-givenName").doesNotContain("Riverside")
                        .doesNotContain("%PDF");
            }
        }
        JsonNode history = json.readTree(mvc.perform(get("/api/billing/accounts/{id}/statements", parent)
                .with(userOf(clinic, "auditor"))).andReturn().getResponse().getContentAsString());
        assertThat(history.findValuesAsText("statementId")).containsExactly(statement);
        assertThat(history.get(0).get("deliveredBy").asText()).isEqualTo("PRINT");
    }

    @Test
    void aChangeOfGuarantorMovesFutureChargesNotHistory() throws Exception {
        chargeBothChildren();

        send(Topics.PATIENT_EVENTS_V1, PublishedEvents.guarantorAssigned(selfPayChild, selfPayChild, "SELF", clinic,
                3));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_account_patient WHERE account_id = ?::uuid", Long.class, parent) == 2);
        confirm(record(selfPayChild, null, "[{\"procedureCode\": \"93000\", \"units\": 1, "
                + "\"diagnosisPointers\": [1]}]"));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_ledger_line WHERE account_id = ?::uuid", Long.class, selfPayChild) == 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_ledger_line WHERE account_id = ?::uuid", Long.class,
                parent)).isEqualTo(3);
        assertThat(balances().get("balance").get("amount").asText()).isEqualTo("290.00");
    }

    // ---- helpers

    private void chargeBothChildren() throws Exception {
        confirm(record(insuredChild, coverage, "[{\"procedureCode\": \"99213\", \"units\": 1, "
                + "\"diagnosisPointers\": [1]}, {\"procedureCode\": \"93000\", \"units\": 1, "
                + "\"diagnosisPointers\": [1]}]"));
        confirm(record(selfPayChild, null, "[{\"procedureCode\": \"99213\", \"units\": 1, "
                + "\"diagnosisPointers\": [1]}]"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_ledger_line WHERE account_id = ?::uuid", Long.class, parent) == 3
                && jdbc.queryForObject("SELECT count(*) FROM rm_ledger_posting WHERE account_id = ?::uuid "
                + "AND kind = 'TRANSFER'", Long.class, parent) == 1);
    }

    private String record(String patient, String coverageId, String lines) throws Exception {
        String body = """
                {"patientId": "%s", %s "serviceFrom": "2026-03-02", "locationId": "%s",
                 "renderingProviderId": "%s", "diagnoses": ["I10"], "lines": %s}""".formatted(patient,
                coverageId == null ? "" : "\"coverageId\": \"" + coverageId + "\",", location, hopper, lines);
        return id(write(post("/api/billing/encounters"), "biller", body, 201), "encounterId");
    }

    private void confirm(String encounter) throws Exception {
        assertThat(mvc.perform(post("/api/billing/encounters/{id}/confirmation", encounter)
                .with(providerOf(clinic, HOPPER_NPI)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private JsonNode balances() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/billing/accounts/{id}/balances", parent)
                .with(userOf(clinic, "front_desk"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private static String share(JsonNode balances, String responsibility) {
        for (JsonNode row : balances.get("byResponsibility")) {
            if (row.get("responsibility").asText().equals(responsibility)) {
                return row.get("balance").get("amount").asText();
            }
        }
        return "0.00";
    }

    private String insuredLine(JsonNode balances) {
        for (JsonNode line : balances.get("lines")) {
            if (line.get("patientId").asText().equals(insuredChild) && line.get("procedureCode").asText()
                    .equals("99213")) {
                return line.get("lineId").asText();
            }
        }
        throw new AssertionError("no insured visit line");
    }

    private long postings(String kind) {
        return jdbc.queryForObject("SELECT count(*) FROM rm_ledger_posting WHERE account_id = ?::uuid "
                + "AND (?::text IS NULL OR kind = ?)", Long.class, parent, kind, kind);
    }

    private byte[] download(String statement, String format) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/billing/accounts/{id}/statements/{s}/" + format,
                parent, statement).with(userOf(clinic, "biller"))).andReturn().getResponse();
        return response.getStatus() == 200 ? response.getContentAsByteArray() : null;
    }

    private void refused(MockHttpServletRequestBuilder request, String role, String body, int status, String field)
            throws Exception {
        MockHttpServletResponse response = write(request, role, body, status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getContentAsString()).get("errors").findValuesAsText("field"))
                .as(response.getContentAsString()).contains(field);
    }

    private MockHttpServletResponse write(MockHttpServletRequestBuilder request, String role, String body, int status)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(userOf(clinic, role))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response;
    }

    private String id(MockHttpServletResponse response, String field) throws Exception {
        return json.readTree(response.getContentAsString()).get(field).asText();
    }

    private void send(String topic, io.claimline.contracts.IntegrationEvent event) {
        PublishedEvents.send(kafka, topic, event);
    }
}
