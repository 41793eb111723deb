package io.claimline.patient.registry;

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
import io.claimline.contracts.patients.v1.PatientErased;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.patient.vault.keys.DataKeys;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.phi.SealedValue;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The patient registry on real PostgreSQL and Kafka: commands, read model, PHI, contract, errors. */
@ClaimlineServiceTest
@AutoConfigureObservability(tracing = false) // metrics export is off in tests unless asked for
class PatientRegistryIT {

    private static final String CLINIC = "clinic-a";
    private static final String OTHER_CLINIC = "clinic-b";
    private static final String BODY = """
            {"givenName": "Ada", "familyName": "Quillfeather", "dateOfBirth": "1980-04-02"}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired DataKeys keys;
    @Autowired PhiCipher phi;
    @Autowired LoggingSystem logging;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Nested
    class Registering {

        @Test
        void storesTheEventWithWhoWhichClinicAndWhyAndShowsThePatientBack() throws Exception {
            String patientId = register(BODY, null, "corr-registering-1");

            Map<String, Object> stored = jdbc.queryForMap(
                    "SELECT payloadType, payloadRevision, metaData FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                    patientId);
            assertThat(stored.get("payloadType")).asString().endsWith("PatientRegisteredEvent");
            assertThat(stored.get("payloadRevision")).isEqualTo("1");
            JsonNode metaData = json.readTree((byte[]) stored.get("metaData"));
            assertThat(metaData.get("userId").asText()).isEqualTo("user-of-" + CLINIC);
            assertThat(metaData.get("clinicId").asText()).isEqualTo(CLINIC);
            assertThat(metaData.get("correlationId").asText()).isEqualTo("corr-registering-1");
            assertThat(metaData.get("causationId").asText()).isNotBlank();

            JsonNode patient = awaitPatient(patientId, CLINIC);
            assertThat(patient.get("givenName").asText()).isEqualTo("Ada");
            assertThat(patient.get("familyName").asText()).isEqualTo("Quillfeather");
            assertThat(patient.get("dateOfBirth").asText()).isEqualTo("1980-04-02");
            assertThat(patient.get("phiAvailable").asBoolean()).isTrue();
        }

        @Test
        void keepsNameAndDateOfBirthOutOfTheEventStoreInTheClear() throws Exception {
            String patientId = register(BODY, null, null);

            byte[] payload = jdbc.queryForObject(
                    "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?", byte[].class, patientId);
            String text = new String(payload, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("Ada").doesNotContain("Quillfeather").doesNotContain("1980-04-02");
            JsonNode stored = json.readTree(payload); // Jackson JSON, not XStream XML
            assertThat(stored.get("givenName").get("keyId").asText()).isNotBlank();
            assertThat(stored.get("clinicId").asText()).isEqualTo(CLINIC);
        }

        @Test
        @ExtendWith(OutputCaptureExtension.class)
        void writesNoPhiToTheLogWhetherTheRequestSucceedsOrFails(CapturedOutput log) throws Exception {
            List<String> chatty = List.of("io.claimline", "org.springframework.web", "org.axonframework",
                    "org.springframework.kafka", "org.springframework.security");
            chatty.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));
            try {
                registerAndFailWithPhi();
            } finally {
                chatty.forEach(name -> logging.setLogLevel(name, null));
            }

            assertThat(log.getAll()).contains("/api/patients") // the requests were logged...
                    .doesNotContain("Zebedee").doesNotContain("Quarantotto") // ...their PHI was not
                    .doesNotContain("1961-07-23").doesNotContain("2961-07-23");
        }

        private void registerAndFailWithPhi() throws Exception {
            String patient = """
                    {"givenName": "Zebedee", "familyName": "Quarantotto", "dateOfBirth": "1961-07-23"}""";
            String patientId = register(patient, null, null);
            awaitPatient(patientId, CLINIC);
            kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> patientId.equals(r.key()));
            mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system")).contentType(MediaType.APPLICATION_JSON)
                    .content(patient.replace("1961-07-23", "2961-07-23"))).andExpect(status().isBadRequest());
        }

        @Test
        void publishesTheVersionedIntegrationEventWithSealedPhiAndTheStoredEventsId() throws Exception {
            String patientId = register(BODY, null, "corr-publish-1");

            var record = kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> patientId.equals(r.key()));
            String eventId = jdbc.queryForObject(
                    "SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ?", String.class,
                    patientId);
            assertThat(KafkaTestClient.header(record, Topics.HEADER_EVENT_ID)).contains(eventId);
            assertThat(KafkaTestClient.header(record, Topics.HEADER_TYPE)).contains(PatientRegistered.TYPE);
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Ada").doesNotContain("Quillfeather").doesNotContain("1980-04-02")
                    .doesNotContain("io.claimline");

            IntegrationEvent event = codec.decode(record.value());
            assertThat(event.eventId()).isEqualTo(eventId);
            assertThat(event.type()).isEqualTo(PatientRegistered.TYPE);
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.aggregateType()).isEqualTo("Patient");
            assertThat(event.clinicId()).isEqualTo(CLINIC);
            assertThat(event.correlationId()).isEqualTo("corr-publish-1");
            PatientRegistered payload = codec.payload(event, PatientRegistered.class);
            assertThat(phi.open(new SealedValue(payload.givenName().keyId(), payload.givenName().ciphertext())))
                    .contains("Ada");
        }
    }

    @Nested
    class Operations {

        @Test
        void documentsTheApiAsOpenApi() throws Exception {
            mvc.perform(get("/v3/api-docs"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.paths['/api/patients'].post").exists())
                    .andExpect(jsonPath("$.paths['/api/patients/{patientId}'].get").exists());
        }

        @Test
        void exportsPublishingAndProcessorMetricsForPrometheusWithoutIds() throws Exception {
            String patientId = register(BODY, null, null);
            kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> patientId.equals(r.key()));

            String metrics = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(metrics).contains("claimline_integration_published_total{")
                    .contains("topic=\"patients.patient-events.v1\"")
                    .doesNotContain(patientId);
        }

        @Test
        void reportsReadiness() throws Exception {
            mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"));
        }
    }

    @Nested
    class Idempotency {

        @Test
        void aRetryWithTheSameKeyRegistersOnceAndAnswersTheFirstResult() throws Exception {
            String key = "retry-" + UUID.randomUUID();
            String first = register(BODY, key, null);
            MvcResult retry = mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system")).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(BODY))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Idempotency-Replayed", "true"))
                    .andReturn();

            assertThat(json.readTree(retry.getResponse().getContentAsString()).get("patientId").asText())
                    .isEqualTo(first);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE payloadType LIKE ? AND "
                    + "aggregateIdentifier = ?", Long.class, "%PatientRegisteredEvent", first)).isEqualTo(1);
        }

        @Test
        void twoConcurrentRequestsWithOneKeyRegisterOnce() throws Exception {
            String key = "concurrent-" + UUID.randomUUID();
            CyclicBarrier bothReady = new CyclicBarrier(2);
            ExecutorService twoClients = Executors.newFixedThreadPool(2);
            try {
                var first = twoClients.submit(() -> registerWhenBothReady(key, bothReady));
                var second = twoClients.submit(() -> registerWhenBothReady(key, bothReady));

                assertThat(first.get()).isEqualTo(second.get());
                assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        Long.class, first.get())).isEqualTo(1);
            } finally {
                twoClients.shutdownNow();
            }
        }

        private String registerWhenBothReady(String key, CyclicBarrier bothReady) {
            try {
                bothReady.await();
                return register(BODY, key, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void theSameKeyWithADifferentBodyIsRefused() throws Exception {
            String key = "reuse-" + UUID.randomUUID();
            register(BODY, key, null);

            mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system")).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("Ada", "Grace")))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("idempotency-key-reused"));
        }
    }

    @Nested
    class Conflicts {

        @Test
        void aChangeBasedOnAStaleVersionAnswers409() throws Exception {
            String patientId = register(BODY, null, null);
            awaitPatient(patientId, CLINIC);
            changeDemographics(patientId, "\"0\"").andExpect(status().isNoContent());

            changeDemographics(patientId, "\"0\"")
                    .andExpect(status().isConflict())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("conflict"));
        }

        @Test
        void twoWritersRacingFromTheSameVersionGetOneSuccessAndOne409() throws Exception {
            String patientId = register(BODY, null, null);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Integer> statuses = new java.util.ArrayList<>();
            try {
                List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (String familyName : new String[] {"RacerA", "RacerB"}) {
                    answers.add(pool.submit(() -> {
                        together.await(); // both hold version 0 and send at once
                        return mvc.perform(put("/api/patients/{id}/demographics", patientId)
                                        .with(userOf(CLINIC, "clinic_system")).header("If-Match", "\"0\"")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(BODY.replace("Quillfeather", familyName)))
                                .andReturn().getResponse().getStatus();
                    }));
                }
                for (var answer : answers) {
                    statuses.add(answer.get());
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                    + "AND payloadType LIKE ?", Long.class, patientId, "%PatientDemographicsChangedEvent"))
                    .as("only the winner stored its change").isEqualTo(1);
        }

        @Test
        void anUpdateWithoutIfMatchAnswers428AndChangesNothing() throws Exception {
            String patientId = register(BODY, null, null);

            mvc.perform(put("/api/patients/{id}/demographics", patientId).with(userOf(CLINIC, "clinic_system"))
                            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("Quillfeather", "Quill")))
                    .andExpect(status().isPreconditionRequired())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("precondition-required"));
            assertThat(readPatient(patientId, CLINIC).get("version").asLong()).isZero();
        }

        private org.springframework.test.web.servlet.ResultActions changeDemographics(String patientId,
                String ifMatch) throws Exception {
            return mvc.perform(put("/api/patients/{id}/demographics", patientId).with(userOf(CLINIC, "clinic_system"))
                    .header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON)
                    .content(BODY.replace("Quillfeather", "Quill")));
        }
    }

    @Nested
    class Tenancy {

        @Test
        void anotherClinicGets404ForReadsAndWrites() throws Exception {
            String patientId = register(BODY, null, null);
            awaitPatient(patientId, CLINIC);

            mvc.perform(get("/api/patients/{id}", patientId).with(userOf(OTHER_CLINIC, "clinic_system")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(put("/api/patients/{id}/demographics", patientId).with(userOf(OTHER_CLINIC, "clinic_system"))
                            .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(BODY))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    class CryptoShredding {

        private static final String ERASURE = """
                {"reason": "patient_request"}""";

        @Test
        void anAdminsErasureMakesThePhiUnreadableEverywhereRecordsItAndPublishesIt() throws Exception {
            String patientId = register(BODY, null, null);
            awaitPatient(patientId, CLINIC);
            var record = kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> patientId.equals(r.key()));
            PatientRegistered published = codec.payload(codec.decode(record.value()), PatientRegistered.class);

            erase(patientId, ERASURE).andExpect(status().isNoContent());

            assertThat(phi.open(new SealedValue(published.familyName().keyId(),
                    published.familyName().ciphertext()))).isEmpty();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode patient = readPatient(patientId, CLINIC);
                assertThat(patient.get("phiAvailable").asBoolean()).isFalse();
                assertThat(patient.get("givenName").isNull()).isTrue();
                assertThat(patient.get("dateOfBirth").isNull()).isTrue();
                assertThat(patient.get("erasedAt").asText()).isNotBlank();
            });
            var erased = kafka.awaitRecord(Topics.PATIENT_EVENTS_V1, r -> patientId.equals(r.key())
                    && PatientErased.TYPE.equals(KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("")));
            assertThat(codec.payload(codec.decode(erased.value()), PatientErased.class).reason())
                    .isEqualTo("patient_request");
            Map<String, Object> entry = jdbc.queryForMap("""
                    SELECT operation, acting_user, clinic_id, detail, items FROM phi_access_record
                    WHERE items::jsonb @> ?::jsonb""", "[{\"patientId\":\"" + patientId + "\"}]");
            assertThat(entry).containsEntry("operation", "erase").containsEntry("acting_user", "user-of-" + CLINIC)
                    .containsEntry("clinic_id", CLINIC).containsEntry("detail", "patient_request");
        }

        @Test
        void onlyAnAdminMayEraseAndOnlyWithAReasonFromTheList() throws Exception {
            String patientId = register(BODY, null, null);

            for (String role : new String[] {"manager", "auditor", "front_desk", "clinic_system"}) {
                mvc.perform(post("/api/patients/{id}/erasure", patientId).with(userOf(CLINIC, role))
                                .contentType(MediaType.APPLICATION_JSON).content(ERASURE))
                        .andExpect(status().isForbidden());
            }
            erase(patientId, "{\"reason\": \"felt like it\"}").andExpect(status().isBadRequest());
            assertThat(keys.ownerOf(published(patientId)).orElseThrow().destroyed()).isFalse();
        }

        @Test
        void anErasedPatientCannotBeGivenNewPersonalDataNorErasedTwice() throws Exception {
            String patientId = register(BODY, null, null);
            erase(patientId, ERASURE).andExpect(status().isNoContent());

            mvc.perform(put("/api/patients/{id}/demographics", patientId).with(userOf(CLINIC, "clinic_system"))
                            .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(BODY))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Personal data erased"));
            erase(patientId, ERASURE).andExpect(status().isConflict());
        }

        @Test
        void anotherClinicsAdminCannotErase() throws Exception {
            String patientId = register(BODY, null, null);

            mvc.perform(post("/api/patients/{id}/erasure", patientId).with(userOf(OTHER_CLINIC, "admin"))
                            .contentType(MediaType.APPLICATION_JSON).content(ERASURE))
                    .andExpect(status().isNotFound());
        }

        private org.springframework.test.web.servlet.ResultActions erase(String patientId, String body)
                throws Exception {
            return mvc.perform(post("/api/patients/{id}/erasure", patientId).with(userOf(CLINIC, "admin"))
                    .contentType(MediaType.APPLICATION_JSON).content(body));
        }

        private String published(String patientId) {
            return jdbc.queryForObject("SELECT key_id FROM phi_data_key WHERE subject_id = ?", String.class,
                    patientId);
        }
    }

    @Nested
    class Roles {

        @Test
        void aForbiddenRoleGets403BeforeItsBodyIsEvenRead() throws Exception {
            for (String body : new String[] {BODY, "{\"givenName\": \"\"}", "not json at all"}) {
                mvc.perform(post("/api/patients").with(userOf(CLINIC, "auditor"))
                                .contentType(MediaType.APPLICATION_JSON).content(body))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.code").value("forbidden"));
            }
        }

        @Test
        void aCollectorCannotReadAPatientsNameAndDateOfBirth() throws Exception {
            String patientId = register(BODY, null, null);
            awaitPatient(patientId, CLINIC);

            mvc.perform(get("/api/patients/{id}", patientId).with(userOf(CLINIC, "collections")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("Quillfeather"))));
        }

        @Test
        void aTokenWithoutRolesMayDoNothing() throws Exception {
            mvc.perform(get("/api/patients/{id}", UUID.randomUUID()).with(userOf(CLINIC)))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class BadRequests {

        @Test
        void anInvalidBodyAnswers400WithTheFieldsAndNoStackTrace() throws Exception {
            MvcResult result = mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"givenName\": \"\", \"familyName\": \"Q\", \"dateOfBirth\": \"2999-01-01\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("validation-failed"))
                    .andExpect(jsonPath("$.type").value("https://claimline.io/problems/validation-failed"))
                    .andExpect(jsonPath("$.traceId").isNotEmpty())
                    .andReturn();
            JsonNode problem = json.readTree(result.getResponse().getContentAsString());
            List<String> fields = problem.get("errors").findValuesAsText("field");
            assertThat(fields).containsExactlyInAnyOrder("givenName", "dateOfBirth");
            assertThat(result.getResponse().getContentAsString()).doesNotContain("2999").doesNotContain("Exception");
        }

        @Test
        void unparsableJsonAnswers400() throws Exception {
            mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"givenName\": "))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("malformed-request"));
        }

        @Test
        void anUnknownIdAnswers404() throws Exception {
            mvc.perform(get("/api/patients/{id}", UUID.randomUUID()).with(userOf(CLINIC, "clinic_system")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("not-found"));
        }

        @Test
        void aMalformedIdAnswers400() throws Exception {
            mvc.perform(get("/api/patients/{id}", "not-a-uuid").with(userOf(CLINIC, "clinic_system")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void aWrongMediaTypeAnswers415() throws Exception {
            mvc.perform(post("/api/patients").with(userOf(CLINIC, "clinic_system")).contentType(MediaType.TEXT_PLAIN).content(BODY))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("unsupported-media-type"));
        }

        @Test
        void noTokenAnswers401() throws Exception {
            mvc.perform(get("/api/patients/{id}", UUID.randomUUID()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("unauthorized"));
        }
    }

    private String register(String body, String idempotencyKey, String correlationId) throws Exception {
        var request = post("/api/patients").with(userOf(CLINIC, "clinic_system")).contentType(MediaType.APPLICATION_JSON).content(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        MvcResult result = mvc.perform(request).andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("patientId").asText();
    }

    private JsonNode awaitPatient(String patientId, String clinicId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/api/patients/{id}", patientId)
                .with(userOf(clinicId, "clinic_system"))).andReturn().getResponse().getStatus() == 200);
        return readPatient(patientId, clinicId);
    }

    private JsonNode readPatient(String patientId, String clinicId) {
        try {
            MvcResult result = mvc.perform(get("/api/patients/{id}", patientId).with(userOf(clinicId, "clinic_system")))
                    .andExpect(status().isOk()).andReturn();
            return json.readTree(result.getResponse().getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
