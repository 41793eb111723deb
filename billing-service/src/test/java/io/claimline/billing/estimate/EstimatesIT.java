package io.claimline.billing.estimate;

import io.claimline.platform.phi.Base64TestVault;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.Benefits;
import io.claimline.contracts.patients.v1.Coverage;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedValue;
import io.claimline.platform.phi.PurposeOfUse;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPayerEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Estimates through REST on real PostgreSQL and Kafka: a good-faith estimate issued, read, printed (its PDF read
 * back with PDFBox) and compared with a bill $400 over it; an insured patient's responsibility estimate; bad input.
 */
@ClaimlineServiceTest
@Import(Base64TestVault.Configuration.class)
class EstimatesIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // Its own consumer group: the other test contexts of this JVM keep consuming the same topic.
        registry.add("spring.kafka.consumer.group-id", () -> "billing-service-estimates-test");
    }

    private static final String PROFILE = """
            {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC", "billingNpi": "1045678905",
             "taxId": "12-3456789", "taxonomy": "207Q00000X",
             "billingAddress": {"line1": "100 Main Street", "line2": "Suite 200", "city": "Springfield", "state": "IL",
                                "postalCode": "62701-1234"}}""";
    private static final String PROVIDER = """
            {"effectiveFrom": "2026-01-01", "npi": "1222333449", "givenName": "Grace", "familyName": "Hopper",
             "taxonomy": "207Q00000X", "credential": "MD"}""";
    private static final String LOCATION = """
            {"effectiveFrom": "2026-01-01", "name": "Riverside Main Office",
             "address": {"line1": "100 Main Street", "city": "Springfield", "state": "IL",
                         "postalCode": "62701-1234"},
             "placeOfService": "11"}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @Autowired MeterRegistry meters;
    @Autowired Base64TestVault vault;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    private String clinic;
    private String provider;
    private String location;
    private LocalDate scheduled;
    private String payer;

    @BeforeEach
    void practice() throws Exception {
        clinic = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
        scheduled = LocalDate.now(clock).plusDays(7);
        mvc.perform(admin(put("/api/billing/practice/clinic-profile")).content(PROFILE)).andExpect(status().isOk());
        provider = id(mvc.perform(admin(post("/api/billing/practice/providers")).content(PROVIDER))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        location = id(mvc.perform(admin(post("/api/billing/practice/locations")).content(LOCATION))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(admin(put("/api/billing/chargemaster/prices")).content("""
                        {"effectiveFrom": "2020-01-01", "prices": [{"code": "99213", "unitPrice": "150.00"},
                         {"code": "71046", "unitPrice": "80.25"}]}""")).andExpect(status().isOk());
        payer = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PAYER_EVENTS_V1, PublishedPayerEvents.payerAdded(payer, clinic,
                PublishedPayerEvents.terms("Demo Health Plan", "DEMO01", 90)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_payer_copy WHERE payer_id = ?::uuid", Long.class, payer) == 1);
        // The payer's contract allows 100.00 for an office visit and does not price the X-ray.
        mvc.perform(admin(put("/api/billing/payers/" + payer + "/contract")).content("""
                        {"effectiveFrom": "2020-01-01", "method": "FEE_SCHEDULE",
                         "schedule": [{"code": "99213", "amount": "100.00"}], "carveOuts": []}"""))
                .andExpect(status().isOk());
    }

    @Test
    void aGoodFaithEstimateIsIssuedPrintedAndItsBillFlaggedAt400Over() throws Exception {
        String patient = registered("Ada", "Quillfeather", "1980-04-02");
        double issuedBefore = meters.counter("claimline.billing.estimates.issued", "kind", "good_faith").count();
        double flaggedBefore = meters.counter("claimline.billing.estimates.bills.flagged").count();

        String body = """
                {"patientId": "%s", "scheduledDate": "%s", "primaryService": "Office visit with a chest X-ray",
                 "locationId": "%s", "providerId": "%s", "diagnosisCodes": ["j20.9"],
                 "lines": [{"procedureCode": "99213", "modifiers": ["25"], "units": 1, "description": "Office visit"},
                           {"procedureCode": "71046", "units": 2, "description": "Chest X-ray, 2 views"},
                           {"procedureCode": "G0008", "units": 1, "charge": 35.00}]}"""
                .formatted(patient, scheduled, location, provider);
        String answer = mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "front_desk"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        String estimateId = id(answer);

        // 150.00 × 1 + 80.25 × 2 (the chargemaster) + 35.00 (given) = 345.50; the JSON names the patient by id only.
        String read = mvc.perform(get("/api/billing/good-faith-estimates/{id}", estimateId)
                        .with(userOf(clinic, "biller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.patientId").value(patient))
                .andExpect(jsonPath("$.content.total.amount").value("345.50"))
                .andExpect(jsonPath("$.content.items[1].expectedCharge.amount").value("160.50"))
                .andExpect(jsonPath("$.content.items[0].modifiers[0]").value("25"))
                .andExpect(jsonPath("$.content.diagnosisCodes[0]").value("J209"))
                .andExpect(jsonPath("$.content.providers[0].npi").value("1222333449"))
                .andExpect(jsonPath("$.content.providers[0].tin").value("123456789"))
                .andExpect(jsonPath("$.content.location.name").value("Riverside Main Office"))
                .andExpect(jsonPath("$.comparison").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(read).doesNotContain("Quillfeather").doesNotContain("1980");
        assertThat(jdbc.queryForObject("SELECT content::text FROM rm_good_faith_estimate WHERE estimate_id = ?::uuid",
                String.class, estimateId)).doesNotContain("Quillfeather");

        byte[] pdf = mvc.perform(get("/api/billing/good-faith-estimates/{id}/pdf", estimateId)
                        .with(userOf(clinic, "front_desk")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Patient name: Ada Quillfeather", "Date of birth: 04/02/1980",
                "Scheduled date of service: " + scheduled.format(java.time.format.DateTimeFormatter.ofPattern(
                        "MM/dd/yyyy")), "Diagnosis codes: J20.9", "Riverside Family Medicine LLC",
                "NPI 1045678905", "TIN 123456789", "Grace Hopper, MD NPI 1222333449", "$150.00", "$160.50",
                "$35.00", "Total expected charges: $345.50", "at least $400 more");
        var access = vault.accesses.get(vault.accesses.size() - 1);
        assertThat(access.purpose()).isEqualTo(PurposeOfUse.GOOD_FAITH_ESTIMATE);
        assertThat(access.clinicId()).isEqualTo(clinic);

        // A bill a cent short of $400 over is not flagged; the amended bill at exactly $400 over is.
        compare(estimateId, "enc-1", "745.49").andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(false));
        compare(estimateId, "enc-1", "745.50").andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.excess.amount").value("400.00"));
        compare(estimateId, "enc-2", "745.50").andExpect(status().isConflict());
        mvc.perform(get("/api/billing/good-faith-estimates/flagged").with(userOf(clinic, "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].estimateId").value(estimateId))
                .andExpect(jsonPath("$[0].billedTotal.amount").value("745.50"))
                .andExpect(jsonPath("$[0].estimatedTotal.amount").value("345.50"));
        mvc.perform(get("/api/billing/good-faith-estimates/flagged").with(userOf(clinic, "front_desk")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/billing/good-faith-estimates/{id}", estimateId).with(userOf("clinic-other", "biller")))
                .andExpect(status().isNotFound());

        assertThat(meters.counter("claimline.billing.estimates.issued", "kind", "good_faith").count())
                .isEqualTo(issuedBefore + 1);
        assertThat(meters.counter("claimline.billing.estimates.bills.flagged").count())
                .isEqualTo(flaggedBefore + 1);
    }

    @Test
    void anInsuredPatientGetsAResponsibilityEstimateAndAGoodFaithEstimateOnlyAsSelfPay() throws Exception {
        String patient = registered("Grace", "Brewster", "1975-12-09");
        String coverage = UUID.randomUUID().toString();
        Coverage open = PublishedEvents.coverage(coverage, payer);
        open = new Coverage(coverage, open.payerId(), open.planName(), open.memberId(), open.groupNumber(),
                open.relationship(), open.subscriber(), "PRIMARY", LocalDate.parse("2020-01-01"), null,
                new Benefits(new BigDecimal("25.00"), new BigDecimal("0.20"), new BigDecimal("1500.00"),
                        new BigDecimal("50.00"), new BigDecimal("5000.00"), null));
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.coverageAdded(patient, open, clinic, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_coverage_copy WHERE coverage_id = ?::uuid", Long.class, coverage) == 1);

        // 99213 × 2: charge 300.00, allowed 200.00 (contract); copay 25.00, deductible 50.00, 20 % of 125.00.
        mvc.perform(post("/api/billing/estimates/responsibility").with(userOf(clinic, "front_desk"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"patientId": "%s", "coverageId": "%s", "dateOfService": "%s",
                                 "lines": [{"procedureCode": "99213", "units": 2}, {"procedureCode": "71046",
                                 "units": 1}]}""".formatted(patient, coverage, scheduled)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].charge.amount").value("300.00"))
                .andExpect(jsonPath("$.lines[0].allowed.amount").value("200.00"))
                .andExpect(jsonPath("$.lines[0].contractPriced").value(true))
                .andExpect(jsonPath("$.lines[0].copay.amount").value("25.00"))
                .andExpect(jsonPath("$.lines[0].deductible.amount").value("50.00"))
                .andExpect(jsonPath("$.lines[0].coinsurance.amount").value("25.00"))
                .andExpect(jsonPath("$.lines[0].patient.amount").value("100.00"))
                .andExpect(jsonPath("$.lines[0].insurance.amount").value("100.00"))
                .andExpect(jsonPath("$.lines[1].allowed.amount").value("80.25"))
                .andExpect(jsonPath("$.lines[1].coinsurance.amount").value("16.05"))
                .andExpect(jsonPath("$.totals.patient.amount").value("116.05"))
                .andExpect(jsonPath("$.totals.insurance.amount").value("164.20"))
                .andExpect(jsonPath("$.assumptions.length()").value(2));

        String gfe = """
                {"patientId": "%s", "scheduledDate": "%s", "primaryService": "Office visit", "locationId": "%s",
                 "providerId": "%s", "lines": [{"procedureCode": "99213", "units": 1}]%s}""";
        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(gfe.formatted(patient, scheduled, location, provider, "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("selfPay"));
        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(gfe.formatted(patient, scheduled, location, provider, ", \"selfPay\": true")))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/billing/estimates/responsibility").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"patientId": "%s", "coverageId": "%s", "dateOfService": "2019-06-01",
                                 "lines": [{"procedureCode": "99213", "units": 1}]}""".formatted(patient, coverage)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("coverageId"));
        mvc.perform(post("/api/billing/estimates/responsibility").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"patientId": "%s", "coverageId": "%s", "dateOfService": "%s",
                                 "lines": [{"procedureCode": "99213", "units": 1}]}"""
                                .formatted(patient, UUID.randomUUID(), scheduled)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/billing/estimates/responsibility").with(userOf(clinic, "collections"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String patient = registered("Alan", "Mathison", "1990-06-23");
        long before = jdbc.queryForObject("SELECT count(*) FROM rm_good_faith_estimate", Long.class);

        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"patientId": "%s", "scheduledDate": "%s", "locationId": "%s",
                                 "diagnosisCodes": ["not-a-code"],
                                 "lines": [{"procedureCode": "9921", "units": 0,
                                            "modifiers": ["25", "59", "76", "77", "91"]},
                                           {"procedureCode": "99499", "units": 1, "providerId": "%s"}]}"""
                                .formatted(patient, scheduled.minusDays(30), location, provider)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'scheduledDate')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'primaryService')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'diagnosisCodes[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].procedureCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].units')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].modifiers')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lines[0].providerId')]").exists());

        String good = """
                {"patientId": "%s", "scheduledDate": "%s", "primaryService": "Visit", "locationId": "%s",
                 "providerId": "%s", "lines": [{"procedureCode": "%s", "units": 1}]}""";
        // No chargemaster price and no charge given.
        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.formatted(patient, scheduled, location, provider, "99499")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].charge"));
        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.formatted(patient, scheduled, location, UUID.randomUUID(), "99213")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("providerId"));
        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.formatted(patient, scheduled, UUID.randomUUID(), provider, "99213")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("locationId"));
        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "biller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.formatted(UUID.randomUUID(), scheduled, location, provider, "99213")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/billing/good-faith-estimates").with(userOf(clinic, "auditor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.formatted(patient, scheduled, location, provider, "99213")))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_good_faith_estimate", Long.class)).isEqualTo(before);
        compare(UUID.randomUUID().toString(), "enc-1", "10.00").andExpect(status().isNotFound());
        mvc.perform(post("/api/billing/good-faith-estimates/{id}/bill-comparisons", UUID.randomUUID())
                        .with(userOf(clinic, "biller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"encounterId\": \"enc 1\", \"billedTotal\": 10.001}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'encounterId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'billedTotal')]").exists());
    }

    private org.springframework.test.web.servlet.ResultActions compare(String estimateId, String encounter,
            String billed) throws Exception {
        return mvc.perform(post("/api/billing/good-faith-estimates/{id}/bill-comparisons", estimateId)
                .with(userOf(clinic, "biller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"encounterId\": \"%s\", \"billedTotal\": %s}".formatted(encounter, billed)));
    }

    /** A patient registered in patient-service: its name and date of birth arrive sealed (here: base64). */
    private String registered(String given, String family, String dateOfBirth) {
        String patientId = UUID.randomUUID().toString();
        String keyId = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-11-27T09:15:30Z");
        var payload = new PatientRegistered(patientId, sealed(keyId, given), sealed(keyId, family),
                sealed(keyId, dateOfBirth), at, null);
        IntegrationEvent event = new IntegrationEvent(UUID.randomUUID().toString(), PatientRegistered.TYPE,
                PatientRegistered.VERSION, at, "Patient", patientId, 0L, clinic, "corr-" + patientId,
                UUID.randomUUID().toString(), codec.toPayload(payload));
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM estimate_patient_seal WHERE patient_id = ?::uuid", Long.class, patientId) == 1);
        return patientId;
    }

    private static SealedValue sealed(String keyId, String plain) {
        return new SealedValue(keyId, Base64TestVault.seal(plain));
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.with(userOf(clinic, "admin")).contentType(MediaType.APPLICATION_JSON);
    }

    private String id(String answer) throws Exception {
        JsonNode node = json.readTree(answer);
        return node.get("id").asText();
    }
}
