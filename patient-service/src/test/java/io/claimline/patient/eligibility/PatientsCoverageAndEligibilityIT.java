package io.claimline.patient.eligibility;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.CoverageAdded;
import io.claimline.contracts.patients.v1.EligibilityChecked;
import io.claimline.contracts.patients.v1.GuarantorAssigned;
import io.claimline.contracts.patients.v1.PatientMerged;
import io.claimline.patient.eligibility.clearinghouse.Clearinghouse;
import io.claimline.patient.eligibility.clearinghouse.ClearinghouseReply;
import io.claimline.patient.payer.query.PayerDirectory;
import io.claimline.patient.practice.query.PracticeCopy;
import io.claimline.patient.registry.query.PatientRecords;
import io.claimline.patient.vault.VaultKeeper;
import io.claimline.platform.command.Commands;
import io.claimline.platform.security.Actor;
import io.claimline.simulator.PayerSimulatorApplication;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPracticeEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 8 through REST on real PostgreSQL and Kafka, with the payer simulator answering 270s over CAQH CORE:
 * full demographics, field-level refusals that store nothing, duplicates and search by blind keys, guarantors,
 * coverages and their rules, eligibility, merge, history and claim readiness. Each test has a clinic of its own.
 */
@ClaimlineServiceTest
class PatientsCoverageAndEligibilityIT {

    private static final String SIMULATOR_PASSWORD = "a-test-secret-" + System.nanoTime();
    private static ConfigurableApplicationContext simulator;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired PatientRecords records;
    @Autowired PayerDirectory payers;
    @Autowired PracticeCopy practice;
    @Autowired VaultKeeper vault;
    @Autowired Commands commands;
    @Autowired EligibilitySettings settings;
    @Autowired Clock clock;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final String clinic = "clinic-" + UUID.randomUUID();

    @DynamicPropertySource
    static void clearinghouse(DynamicPropertyRegistry registry) {
        if (simulator == null) {
            simulator = new SpringApplicationBuilder(PayerSimulatorApplication.class)
                    .properties("spring.main.banner-mode=off")
                    .run("--server.port=0", "--claimline.simulator.core.username=patients",
                            "--claimline.simulator.core.password=" + SIMULATOR_PASSWORD);
        }
        int port = ((WebServerApplicationContext) simulator).getWebServer().getPort();
        registry.add("claimline.clearinghouse.url", () -> "http://localhost:" + port);
        registry.add("claimline.clearinghouse.username", () -> "patients");
        registry.add("claimline.clearinghouse.password", () -> SIMULATOR_PASSWORD);
    }

    @AfterAll
    static void stopTheSimulator() {
        if (simulator != null && simulator.isActive()) {
            simulator.close();
        }
    }

    static String person(String given, String family, String born, String phone) {
        return """
                {"givenName": "%s", "middleName": null, "familyName": "%s", "preferredName": null,
                 "dateOfBirth": "%s", "sex": "f",
                 "address": {"line1": "12 Analytical Way", "line2": null, "city": "Springfield", "state": "il",
                             "postalCode": "62704-1234"},
                 "phone": "%s", "email": "Ada@Example.ORG", "preferredContactMethod": "email", "language": "EN"}"""
                .formatted(given, family, born, phone);
    }

    @Nested
    class Demographics {

        @Test
        void registersEveryFieldNormalisedShowsItBackAndKeepsItSealed() throws Exception {
            String patientId = register(person("Ada", "Lovelace", "1980-12-10", "(217) 555-0134"));

            JsonNode patient = read(patientId);
            assertThat(patient.get("phone").asText()).isEqualTo("+12175550134");
            assertThat(patient.get("email").asText()).isEqualTo("Ada@example.org");
            assertThat(patient.get("sex").asText()).isEqualTo("F");
            assertThat(patient.get("language").asText()).isEqualTo("en");
            assertThat(patient.get("preferredContactMethod").asText()).isEqualTo("EMAIL");
            assertThat(patient.at("/address/state").asText()).isEqualTo("IL");
            assertThat(patient.at("/address/postalCode").asText()).isEqualTo("627041234");
            assertThat(patient.at("/guarantor/kind").asText()).isEqualTo("SELF");
            assertThat(patient.at("/verification/reverificationDue").asBoolean()).isFalse();
            String row = jdbc.queryForObject("SELECT row_to_json(p)::text FROM rm_patient_summary p WHERE "
                    + "patient_id = ?::uuid", String.class, patientId);
            assertThat(row).doesNotContain("Analytical").doesNotContain("5550134").doesNotContain("Example");
        }

        @Test
        void refusesEveryInvalidFieldByNameAndStoresNothing() throws Exception {
            String bad = """
                    {"givenName": "Ada", "familyName": " ", "dateOfBirth": "2999-01-01", "sex": "x",
                     "address": {"line1": "12 Analytical Way", "city": "Springfield", "state": "ZZ",
                                 "postalCode": "6270"},
                     "phone": "12", "email": "ada@", "preferredContactMethod": "pigeon", "language": "xx"}""";
            mvc.perform(post("/api/patients").with(userOf(clinic, "front_desk"))
                            .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("validation-failed"));
            MvcResult refused = mvc.perform(post("/api/patients").with(userOf(clinic, "front_desk"))
                    .contentType(MediaType.APPLICATION_JSON).content(bad)).andReturn();
            List<String> fields = new ArrayList<>();
            json.readTree(refused.getResponse().getContentAsString()).get("errors")
                    .forEach(error -> fields.add(error.get("field").asText()));

            assertThat(fields).contains("familyName", "dateOfBirth", "sex", "address.state", "address.postalCode",
                    "phone", "email", "preferredContactMethod", "language");
            assertThat(refused.getResponse().getContentAsString()).doesNotContain("2999").doesNotContain("6270");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE convert_from(metaData, "
                    + "'UTF8')::jsonb ->> 'clinicId' = ?", Long.class, clinic)).isZero();
        }

        @Test
        void aChangeSaysWhyAndTheHistoryShowsWhoWhenWhyWithTheValuesOpened() throws Exception {
            String patientId = register(person("Ada", "Lovelace", "1980-12-10", "(217) 555-0134"));
            mvc.perform(put("/api/patients/{id}/demographics", patientId).with(userOf(clinic, "biller"))
                            .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                            .content(person("Ada", "King", "1980-12-10", "(217) 555-0199")
                                    .replace("\"language\": \"EN\"}", "\"language\": \"EN\", \"reason\": \"married\"}")))
                    .andExpect(status().isNoContent()).andExpect(header().string("ETag", "\"1\""));

            JsonNode history = json.readTree(mvc.perform(get("/api/patients/{id}/history", patientId)
                    .with(userOf(clinic, "auditor"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            assertThat(history).hasSize(2);
            assertThat(history.get(1).get("type").asText()).isEqualTo("PatientDemographicsChanged");
            assertThat(history.get(1).get("by").asText()).isEqualTo("user-of-" + clinic);
            assertThat(history.get(1).get("reason").asText()).isEqualTo("married");
            assertThat(history.get(1).at("/values/familyName").asText()).isEqualTo("King");
            assertThat(history.get(0).at("/values/familyName").asText()).isEqualTo("Lovelace");
        }

        @Test
        void verificationIsRecordedWithWhoAndWhenAndDeactivationNeedsAReason() throws Exception {
            String patientId = register(person("Ada", "Lovelace", "1980-12-10", "(217) 555-0134"));
            mvc.perform(post("/api/patients/{id}/verification", patientId).with(userOf(clinic, "front_desk"))
                    .header("If-Match", "0")).andExpect(status().isNoContent());
            mvc.perform(post("/api/patients/{id}/deactivation", patientId).with(userOf(clinic, "manager"))
                            .header("If-Match", "1").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));

            JsonNode patient = read(patientId);
            assertThat(patient.at("/verification/verifiedBy").asText()).isEqualTo("user-of-" + clinic);
            assertThat(patient.get("active").asBoolean()).isTrue();
        }
    }

    @Nested
    class Duplicates {

        @Test
        void listsAProbableDuplicateAtRegistrationFindsItBySearchAndDismissesIt() throws Exception {
            String first = register(person("Maria", "Gonzalez", "1990-04-17", "(217) 555-0134"));
            awaitMatchingKeys(first);
            JsonNode second = json.readTree(mvc.perform(post("/api/patients").with(userOf(clinic, "front_desk"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(person("Maria", "Gonzales", "1990-04-17", "217-555-0134")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
            String secondId = second.get("patientId").asText();
            assertThat(second.get("possibleDuplicates").get(0).asText()).isEqualTo(first);
            assertThat(meters.counter("claimline.patients.registered", "possible_duplicates", "yes").count())
                    .isGreaterThanOrEqualTo(1);
            assertThat(meters.get("claimline.patients.duplicates.pending").gauge().value()).isGreaterThanOrEqualTo(1);

            awaitMatchingKeys(secondId);
            JsonNode found = json.readTree(mvc.perform(post("/api/patients/search").with(userOf(clinic, "auditor"))
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"familyName": "GONZALES", "givenName": "m", "dateOfBirth": "1990-04-17"}"""))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(found.get("items")).extracting(item -> item.get("patientId").asText())
                    .containsExactlyInAnyOrder(first, secondId);

            JsonNode pending = json.readTree(mvc.perform(get("/api/patients/duplicates")
                    .with(userOf(clinic, "biller"))).andReturn().getResponse().getContentAsString());
            assertThat(pending.get("items")).hasSize(1);
            mvc.perform(post("/api/patients/{id}/duplicates/{other}/dismissal", secondId, first)
                            .with(userOf(clinic, "front_desk")).header("If-Match", "0")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"sisters\"}"))
                    .andExpect(status().isNoContent());
            assertThat(json.readTree(mvc.perform(get("/api/patients/duplicates").with(userOf(clinic, "biller")))
                    .andReturn().getResponse().getContentAsString()).get("items")).isEmpty();
        }

        @Test
        void aMergedPatientAnswersWithTheSurvivorTakesNoChangesAndIsPublished() throws Exception {
            String survivor = register(person("Jane", "Smith", "1975-02-02", "(217) 555-0111"));
            String duplicate = register(person("Jane", "Smith", "1975-02-02", "(217) 555-0111"));
            mvc.perform(post("/api/patients/{id}/merge", duplicate).with(userOf(clinic, "biller"))
                            .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"survivingPatientId\": \"%s\", \"reason\": \"registered twice\"}"
                                    .formatted(survivor)))
                    .andExpect(status().isNoContent());

            assertThat(read(duplicate).get("patientId").asText()).isEqualTo(survivor);
            mvc.perform(post("/api/patients/{id}/verification", duplicate).with(userOf(clinic, "front_desk"))
                    .header("If-Match", "1")).andExpect(status().isConflict());
            var record = kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> duplicate.equals(r.key())
                    && "PatientMerged".equals(KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("")));
            assertThat(codec.payload(codec.decode(record.value()), PatientMerged.class).survivingPatientId())
                    .isEqualTo(survivor);
        }
    }

    @Nested
    class CoveragesAndEligibility {

        @Test
        void aChildCoveredByAParentWhoIsTheGuarantorIsCheckedAgainstThePayer() throws Exception {
            String payerId = payer("60054");
            clinicProfile();
            String child = register(person("Lily", "Lovelace", "2015-06-09", "(217) 555-0134"));
            String parent = guarantor();
            mvc.perform(put("/api/patients/{id}/guarantor", child).with(userOf(clinic, "front_desk"))
                            .header("If-Match", "0").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\": \"PERSON\", \"guarantorId\": \"%s\", \"reason\": \"mother\"}"
                                    .formatted(parent)))
                    .andExpect(status().isNoContent()).andExpect(header().string("ETag", "\"1\""));
            String coverageId = coverage(child, payerId, "PRIMARY", "XGP123456789", "1");

            mvc.perform(post("/api/patients/{id}/coverages", child).with(userOf(clinic, "front_desk"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(coverageBody(payerId, "PRIMARY", "XGP999", "2026-06-01")))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("priority"));

            JsonNode checked = json.readTree(mvc.perform(post(
                            "/api/patients/{id}/coverages/{c}/eligibility-checks", child, coverageId)
                            .with(userOf(clinic, "front_desk")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"dateOfService\": \"2026-11-30\"}"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(checked.get("status").asText()).isEqualTo("ACTIVE");

            JsonNode coverage = awaitCoverage(child, coverageId, "ACTIVE");
            assertThat(coverage.at("/benefits/copay").decimalValue()).isEqualByComparingTo("25.00");
            assertThat(coverage.at("/benefits/deductibleRemaining").decimalValue()).isEqualByComparingTo("400.00");
            assertThat(coverage.at("/subscriber/givenName").asText()).isEqualTo("Grace");
            assertThat(json.readTree(mvc.perform(get("/api/patients/{id}/coverages/{c}/eligibility-checks", child,
                    coverageId).with(userOf(clinic, "auditor"))).andReturn().getResponse().getContentAsString()))
                    .hasSize(1);
            assertThat(read(child).at("/guarantor/guarantorId").asText()).isEqualTo(parent);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM phi_access_record WHERE purpose = 'eligibility' "
                    + "AND clinic_id = ?", Long.class, clinic)).isEqualTo(1);

            var guarantorRecord = kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> child.equals(r.key())
                    && "GuarantorAssigned".equals(KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("")));
            GuarantorAssigned assigned = codec.payload(codec.decode(guarantorRecord.value()), GuarantorAssigned.class);
            assertThat(assigned.guarantorId()).isEqualTo(parent);
            assertThat(assigned.guarantor().familyName().keyId()).isNotEqualTo(
                    codec.payload(codec.decode(kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> child.equals(r.key())
                            && "CoverageAdded".equals(KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("")))
                            .value()), CoverageAdded.class).coverage().memberId().keyId());
            kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> child.equals(r.key())
                    && "EligibilityChecked".equals(KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("")));
        }

        @Test
        void anInactiveAndAnUnknownMemberAreRecordedWithTheirReasons() throws Exception {
            String payerId = payer("60055");
            clinicProfile();
            String patient = register(person("Ada", "Lovelace", "1980-12-10", "(217) 555-0134")
                    .replace("\"sex\": \"f\"", "\"sex\": \"F\""));
            String inactive = coverage(patient, payerId, "PRIMARY", "INACT12345", null, "SELF");
            String unknown = coverage(patient, payerId, "SECONDARY", "UNK98765", null, "SELF");

            assertThat(check(patient, inactive).get("status").asText()).isEqualTo("INACTIVE");
            JsonNode rejected = check(patient, unknown);
            assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
            assertThat(rejected.get("reasons").get(0).asText()).startsWith("75");
        }

        @Test
        void aNonConformingAnswerIsRefusedWithTheSegmentPositionAndNothingIsApplied() throws Exception {
            String payerId = payer("60056");
            clinicProfile();
            String patient = register(person("Ada", "Lovelace", "1980-12-10", "(217) 555-0134"));
            String coverageId = coverage(patient, payerId, "PRIMARY", "XGP555", null, "SELF");
            // The real simulator's answer, with its subscriber name segment removed: a 271 that does not conform.
            Clearinghouse real = simulatorClient();
            Clearinghouse corrupting = request -> {
                ClearinghouseReply reply = real.exchange(request);
                return new ClearinghouseReply(reply.payloadType(), reply.payloadId(), reply.errorCode(),
                        reply.errorMessage(), reply.x12Payload().replaceFirst("NM1\\*IL\\*[^~]*~\\s*", ""));
            };
            EligibilityChecks checks = new EligibilityChecks(records, payers, practice, vault, corrupting, commands,
                    jdbc, settings, clock, new SimpleMeterRegistry());

            assertThatThrownBy(() -> checks.check(new Actor("user-of-" + clinic, clinic, java.util.Set.of("front_desk")),
                    UUID.fromString(patient), UUID.fromString(coverageId), LocalDate.of(2026, 11, 30)))
                    .isInstanceOfSatisfying(EligibilityCheckFailedException.class, e -> {
                        // The subscriber's NM1 was the 11th segment: what followed it no longer fits the guide.
                        assertThat(e.reasons()).first().asString().startsWith("segment 11 (DMG)");
                        assertThat(e.reasons()).allSatisfy(reason -> assertThat(reason).startsWith("segment "));
                    });
            assertThat(jdbc.queryForObject("SELECT count(*) FROM rm_eligibility_check WHERE coverage_id = ?::uuid",
                    Long.class, coverageId)).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                    + "AND payloadType LIKE '%Eligibility%'", Long.class, patient)).isZero();
        }

        @Test
        void claimReadinessNamesWhatAClaimWouldMiss() throws Exception {
            String patient = register("""
                    {"givenName": "Ada", "familyName": "Lovelace", "dateOfBirth": "1980-12-10"}""");
            JsonNode report = json.readTree(mvc.perform(get("/api/patients/{id}/claim-readiness", patient)
                    .with(userOf(clinic, "biller"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());

            assertThat(report.get("ready").asBoolean()).isFalse();
            assertThat(report.get("issues")).extracting(issue -> issue.get("field").asText())
                    .contains("patient.address", "patient.sex", "coverage");
            assertThat(report.at("/verification/status").asText()).isEqualTo("DUE");
        }
    }

    private Clearinghouse simulatorClient() {
        int port = ((WebServerApplicationContext) simulator).getWebServer().getPort();
        return io.claimline.patient.eligibility.clearinghouse.ClearinghouseConfiguration.coreRealTime(
                new io.claimline.patient.eligibility.clearinghouse.ClearinghouseProperties("http://localhost:" + port,
                        "patients", SIMULATOR_PASSWORD, Duration.ofSeconds(2), Duration.ofSeconds(10)), clock);
    }

    private JsonNode check(String patient, String coverageId) throws Exception {
        return json.readTree(mvc.perform(post("/api/patients/{id}/coverages/{c}/eligibility-checks", patient,
                        coverageId).with(userOf(clinic, "front_desk")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dateOfService\": \"2026-11-30\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String register(String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/patients").with(userOf(clinic, "front_desk"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("patientId").asText();
    }

    private JsonNode read(String patientId) throws Exception {
        return json.readTree(mvc.perform(get("/api/patients/{id}", patientId).with(userOf(clinic, "front_desk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private void awaitMatchingKeys(String patientId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_patient_blind_key WHERE patient_id = ?::uuid", Long.class, patientId) > 0);
    }

    private JsonNode awaitCoverage(String patientId, String coverageId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(mvc.perform(
                        get("/api/patients/{id}/coverages/{c}", patientId, coverageId).with(userOf(clinic, "biller")))
                .andReturn().getResponse().getContentAsString()), c -> status.equals(c.path("eligibilityStatus")
                .asText()));
    }

    private String payer(String ediPayerId) throws Exception {
        MvcResult result = mvc.perform(post("/api/patients/payers").with(userOf(clinic, "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Demo Health Plan", "ediPayerId": "%s", "claimFilingIndicator": "CI",
                                 "initialClaimDays": 90, "correctedClaimDays": 180, "appealDays": 180,
                                 "address": {"line1": "PO Box 1", "line2": null, "city": "Hartford", "state": "CT",
                                             "postalCode": "06101"},
                                 "phone": null, "acceptsElectronicClaims": true}""".formatted(ediPayerId)))
                .andExpect(status().isCreated()).andReturn();
        String payerId = json.readTree(result.getResponse().getContentAsString()).get("payerId").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> payers.find(clinic, UUID.fromString(payerId)).isPresent());
        return payerId;
    }

    private void clinicProfile() {
        PublishedEvents.send(kafka, Topics.PRACTICE_EVENTS_V1, PublishedPracticeEvents.clinicProfileChanged(clinic, 0,
                LocalDate.of(2026, 1, 1), "Springfield Family Medicine", PublishedPracticeEvents.MAIN_STREET));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> practice.clinicAsOf(clinic, LocalDate.of(2026, 11, 30)).isPresent());
    }

    private String guarantor() throws Exception {
        MvcResult result = mvc.perform(post("/api/patients/guarantors").with(userOf(clinic, "front_desk"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(person("Grace", "Lovelace", "1985-03-01", "(217) 555-0177")))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("guarantorId").asText();
    }

    private String coverage(String patient, String payerId, String priority, String memberId, String ifMatch)
            throws Exception {
        return coverage(patient, payerId, priority, memberId, ifMatch, "CHILD");
    }

    private String coverage(String patient, String payerId, String priority, String memberId, String ifMatch,
            String relationship) throws Exception {
        String body = coverageBody(payerId, priority, memberId, "2026-01-01");
        if ("SELF".equals(relationship)) {
            body = body.replace("\"relationship\": \"CHILD\"", "\"relationship\": \"SELF\"")
                    .replaceFirst("\"subscriber\": \\{[^}]*\\{[^}]*\\}[^}]*\\}", "\"subscriber\": null");
        }
        var request = post("/api/patients/{id}/coverages", patient).with(userOf(clinic, "front_desk"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        MvcResult result = mvc.perform(request).andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("coverageId").asText();
    }

    private static String coverageBody(String payerId, String priority, String memberId, String effective) {
        return """
                {"payerId": "%s", "planName": "Gold PPO", "memberId": "%s", "groupNumber": "GRP-55012",
                 "relationship": "CHILD",
                 "subscriber": {"givenName": "Grace", "familyName": "Lovelace", "dateOfBirth": "1985-03-01",
                                "sex": "F", "address": {"line1": "12 Analytical Way", "city": "Springfield",
                                "state": "IL", "postalCode": "62704"}},
                 "priority": "%s", "effectiveDate": "%s", "terminationDate": null,
                 "benefits": {"copay": 30.00}}""".formatted(payerId, memberId, priority, effective);
    }
}
