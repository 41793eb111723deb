package io.claimline.patient.payer;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
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
import io.claimline.contracts.payers.v1.PayerAdded;
import io.claimline.contracts.payers.v1.PayerChanged;
import io.claimline.contracts.payers.v1.PayerDeactivated;
import io.claimline.patient.payer.query.PayerDirectory;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.TestInfrastructure;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The payer registry through REST on real PostgreSQL and Kafka: writes, reads, rules, tenancy, roles, events. */
@ClaimlineServiceTest
class PayerRegistryIT {

    private static final String PAYERS = "/api/patients/payers";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired PayerDirectory directory;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    /** Each test its own clinic, so lists and EDI payer ids do not meet other tests'. */
    private final String clinic = "clinic-" + UUID.randomUUID();

    static String body(String name, String ediPayerId) {
        return """
                {"name": "%s", "ediPayerId": "%s", "claimFilingIndicator": "ci", "initialClaimDays": 90,
                 "correctedClaimDays": 180, "appealDays": 180,
                 "address": {"line1": "PO Box 981106", "line2": null, "city": "El Paso", "state": "tx",
                             "postalCode": "79998-1106"},
                 "phone": "(888) 632-3862", "acceptsElectronicClaims": true}""".formatted(name, ediPayerId);
    }

    @Nested
    class Adding {

        @Test
        void storesTheEventWithWhoAndWhichClinicShowsTheNormalisedPayerAndPublishesIt() throws Exception {
            String payerId = add(body("Aetna", " 60054 "), null);

            Map<String, Object> stored = jdbc.queryForMap("""
                    SELECT payloadType, payloadRevision, convert_from(metaData, 'UTF8') AS meta, type
                    FROM DomainEventEntry WHERE aggregateIdentifier = ?""", payerId);
            assertThat(stored.get("payloadType")).asString().endsWith("PayerAddedEvent");
            assertThat(stored.get("payloadRevision")).isEqualTo("1");
            assertThat(stored.get("type")).isEqualTo("Payer");
            JsonNode meta = json.readTree(stored.get("meta").toString());
            assertThat(meta.get("userId").asText()).isEqualTo("user-of-" + clinic);
            assertThat(meta.get("clinicId").asText()).isEqualTo(clinic);

            // read-your-writes: no waiting between the 201 and the read
            mvc.perform(get(PAYERS + "/{id}", payerId).with(userOf(clinic, "front_desk")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.payerId").value(payerId))
                    .andExpect(jsonPath("$.name").value("Aetna"))
                    .andExpect(jsonPath("$.ediPayerId").value("60054"))
                    .andExpect(jsonPath("$.claimFilingIndicator").value("CI"))
                    .andExpect(jsonPath("$.initialClaimDays").value(90))
                    .andExpect(jsonPath("$.correctedClaimDays").value(180))
                    .andExpect(jsonPath("$.appealDays").value(180))
                    .andExpect(jsonPath("$.address.state").value("TX"))
                    .andExpect(jsonPath("$.address.postalCode").value("799981106"))
                    .andExpect(jsonPath("$.phone").value("+18886323862"))
                    .andExpect(jsonPath("$.acceptsElectronicClaims").value(true))
                    .andExpect(jsonPath("$.active").value(true))
                    .andExpect(jsonPath("$.version").value(0));
            assertThat(directory.find(clinic, UUID.fromString(payerId))).hasValueSatisfying(view -> {
                assertThat(view.active()).isTrue();
                assertThat(view.address().city()).isEqualTo("El Paso");
            });

            var record = kafka.awaitRecord(Topics.PAYER_EVENTS_V1, r -> payerId.equals(r.key()));
            IntegrationEvent event = codec.decode(record.value());
            assertThat(event.type()).isEqualTo(PayerAdded.TYPE);
            assertThat(event.aggregateType()).isEqualTo("Payer");
            assertThat(event.clinicId()).isEqualTo(clinic);
            assertThat(KafkaTestClient.header(record, Topics.HEADER_EVENT_ID)).contains(event.eventId());
            PayerAdded payload = codec.payload(event, PayerAdded.class);
            assertThat(payload.terms().ediPayerId()).isEqualTo("60054");
            assertThat(payload.terms().address().postalCode()).isEqualTo("799981106");
        }

        @Test
        void namesEveryBrokenFieldAndStoresNothing() throws Exception {
            String broken = """
                    {"name": " ", "ediPayerId": "60*54", "claimFilingIndicator": "XX", "initialClaimDays": 0,
                     "correctedClaimDays": 180, "appealDays": 5000,
                     "address": {"line1": "1 Main St", "city": "Hartford", "state": "ZZ", "postalCode": "0610"},
                     "phone": "12", "acceptsElectronicClaims": null}""";

            mvc.perform(post(PAYERS).with(userOf(clinic, "admin")).contentType(MediaType.APPLICATION_JSON)
                            .content(broken))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("validation-failed"))
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                            "name", "ediPayerId", "claimFilingIndicator", "initialClaimDays", "appealDays",
                            "address.state", "address.postalCode", "phone", "acceptsElectronicClaims")));
            mvc.perform(post(PAYERS).with(userOf(clinic, "admin")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"Aetna\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'address')].message").value("is required"));

            assertThat(storedPayers()).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM payer_edi_id WHERE clinic_id = ?", Long.class,
                    clinic)).isZero();
        }

        @Test
        void refusesAnEdiPayerIdAnActivePayerOfTheClinicHoldsUntilThatPayerIsDeactivated() throws Exception {
            String first = add(body("Aetna", "60054"), null);

            mvc.perform(post(PAYERS).with(userOf(clinic, "admin")).contentType(MediaType.APPLICATION_JSON)
                            .content(body("Aetna again", "60054")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("ediPayerId"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("is already the EDI payer id of another active payer of this clinic"));
            assertThat(storedPayers()).isEqualTo(1);
            add(body("Aetna", "60054"), null, "clinic-elsewhere-" + UUID.randomUUID()); // another clinic may

            deactivate(first, null).andExpect(status().isNoContent()).andExpect(header().string("ETag", "\"1\""));
            String second = add(body("Aetna (new contract)", "60054"), null);

            mvc.perform(post(PAYERS + "/{id}/reactivation", first).with(userOf(clinic, "admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("ediPayerId"));
            deactivate(second, "\"0\"").andExpect(status().isNoContent());
            mvc.perform(post(PAYERS + "/{id}/reactivation", first).with(userOf(clinic, "admin")))
                    .andExpect(status().isNoContent())
                    .andExpect(header().string("ETag", "\"2\""));
            mvc.perform(get(PAYERS + "/{id}", first).with(userOf(clinic, "biller")))
                    .andExpect(jsonPath("$.active").value(true));
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyAddsOnce() throws Exception {
            String key = "add-payer-" + UUID.randomUUID();
            String first = add(body("Cigna", "62308"), key);

            MvcResult retry = mvc.perform(post(PAYERS).with(userOf(clinic, "admin")).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(body("Cigna", "62308")))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Idempotency-Replayed", "true"))
                    .andReturn();

            assertThat(json.readTree(retry.getResponse().getContentAsString()).get("payerId").asText())
                    .isEqualTo(first);
            assertThat(storedPayers()).isEqualTo(1);
        }
    }

    @Nested
    class Reading {

        @Test
        void listsTheClinicsPayersByNameInPagesAndFindsThemByName() throws Exception {
            add(body("United Healthcare", "87726"), null);
            add(body("aetna", "60054"), null);
            String cigna = add(body("Cigna", "62308"), null);
            deactivate(cigna, null).andExpect(status().isNoContent());

            mvc.perform(get(PAYERS).param("size", "2").with(userOf(clinic, "biller")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(3))
                    .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("aetna", "Cigna")));
            mvc.perform(get(PAYERS).param("size", "2").param("page", "1").with(userOf(clinic, "clinic_system")))
                    .andExpect(jsonPath("$.items[*].name")
                            .value(org.hamcrest.Matchers.contains("United Healthcare")));
            mvc.perform(get(PAYERS).param("name", "HEALTH").with(userOf(clinic, "auditor")))
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].ediPayerId").value("87726"));
            mvc.perform(get(PAYERS).param("active", "true").with(userOf(clinic, "manager")))
                    .andExpect(jsonPath("$.total").value(2));
            mvc.perform(get(PAYERS).param("name", "%").with(userOf(clinic, "front_desk")))
                    .andExpect(jsonPath("$.total").value(0));
            mvc.perform(get(PAYERS).with(userOf("clinic-empty-" + UUID.randomUUID(), "biller")))
                    .andExpect(jsonPath("$.total").value(0));
        }

        @Test
        void refusesAPageOutOfRangeNamingTheParameter() throws Exception {
            mvc.perform(get(PAYERS).param("size", "1000").param("page", "-1").with(userOf(clinic, "biller")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field")
                            .value(org.hamcrest.Matchers.containsInAnyOrder("page", "size")));
        }

        @Test
        void anotherClinicsPayerIsNotFoundForReadsAndWrites() throws Exception {
            String payerId = add(body("Humana", "61101"), null);
            String other = "clinic-other-" + UUID.randomUUID();

            mvc.perform(get(PAYERS + "/{id}", payerId).with(userOf(other, "biller")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(put(PAYERS + "/{id}", payerId).with(userOf(other, "admin")).header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON).content(body("Humana", "61101")))
                    .andExpect(status().isNotFound());
            mvc.perform(post(PAYERS + "/{id}/deactivation", payerId).with(userOf(other, "admin")))
                    .andExpect(status().isNotFound());
            mvc.perform(get(PAYERS + "/{id}", UUID.randomUUID()).with(userOf(clinic, "biller")))
                    .andExpect(status().isNotFound());
            assertThat(directory.find(other, UUID.fromString(payerId))).isEmpty();
        }
    }

    @Nested
    class Changing {

        @Test
        void replacesEveryValueAgainstTheVersionReadAndPublishesTheNewValues() throws Exception {
            String payerId = add(body("Aetna", "60054"), null);

            change(payerId, "\"0\"", body("Aetna Better Health", "aetna1"))
                    .andExpect(status().isNoContent())
                    .andExpect(header().string("ETag", "\"1\""));
            mvc.perform(get(PAYERS + "/{id}", payerId).with(userOf(clinic, "biller")))
                    .andExpect(jsonPath("$.name").value("Aetna Better Health"))
                    .andExpect(jsonPath("$.ediPayerId").value("AETNA1"))
                    .andExpect(jsonPath("$.version").value(1));
            add(body("Aetna", "60054"), null); // the old EDI payer id was released

            var record = kafka.awaitRecord(Topics.PAYER_EVENTS_V1, r -> payerId.equals(r.key())
                    && PayerChanged.TYPE.equals(KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("")));
            PayerChanged changed = codec.payload(codec.decode(record.value()), PayerChanged.class);
            assertThat(changed.terms().name()).isEqualTo("Aetna Better Health");
            assertThat(changed.terms().ediPayerId()).isEqualTo("AETNA1");
        }

        @Test
        void aStaleIfMatchIsAConflictAndAMissingOneIsRequired() throws Exception {
            String payerId = add(body("Aetna", "60054"), null);
            change(payerId, "\"0\"", body("Aetna 2", "60054")).andExpect(status().isNoContent());

            change(payerId, "\"0\"", body("Aetna 3", "60054"))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(put(PAYERS + "/{id}", payerId).with(userOf(clinic, "admin"))
                            .contentType(MediaType.APPLICATION_JSON).content(body("Aetna 3", "60054")))
                    .andExpect(status().isPreconditionRequired());
            change(payerId, "\"1\"", body("Aetna 3", "6")).andExpect(status().isBadRequest());
            mvc.perform(get(PAYERS + "/{id}", payerId).with(userOf(clinic, "biller")))
                    .andExpect(jsonPath("$.name").value("Aetna 2"));
        }

        @Test
        void deactivatingTwiceIsAConflictAndIsPublished() throws Exception {
            String payerId = add(body("Aetna", "60054"), null);
            deactivate(payerId, null).andExpect(status().isNoContent());

            deactivate(payerId, null).andExpect(status().isConflict());
            kafka.awaitRecord(Topics.PAYER_EVENTS_V1, r -> payerId.equals(r.key())
                    && PayerDeactivated.TYPE.equals(KafkaTestClient.header(r, Topics.HEADER_TYPE).orElse("")));
        }

        @Test
        void onlyAnAdminWrites() throws Exception {
            String payerId = add(body("Aetna", "60054"), null);
            for (String role : new String[] {"front_desk", "biller", "manager", "auditor", "clinic_system",
                    "collections", "provider"}) {
                mvc.perform(post(PAYERS).with(userOf(clinic, role)).contentType(MediaType.APPLICATION_JSON)
                                .content(body("Cigna", "62308")))
                        .andExpect(status().isForbidden());
                change(payerId, "\"0\"", role, body("Cigna", "62308")).andExpect(status().isForbidden());
                mvc.perform(post(PAYERS + "/{id}/deactivation", payerId).with(userOf(clinic, role)))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(get(PAYERS + "/{id}", payerId).with(userOf(clinic, "collections")))
                    .andExpect(status().isForbidden());
            assertThat(storedPayers()).isEqualTo(1);
        }
    }

    private String add(String body, String idempotencyKey) throws Exception {
        return add(body, idempotencyKey, clinic);
    }

    private String add(String body, String idempotencyKey, String clinicId) throws Exception {
        var request = post(PAYERS).with(userOf(clinicId, "admin")).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        MvcResult result = mvc.perform(request)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andReturn();
        String payerId = json.readTree(result.getResponse().getContentAsString()).get("payerId").asText();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(PAYERS + "/" + payerId);
        return payerId;
    }

    private ResultActions change(String payerId, String ifMatch, String body) throws Exception {
        return change(payerId, ifMatch, "admin", body);
    }

    private ResultActions change(String payerId, String ifMatch, String role, String body) throws Exception {
        return mvc.perform(put(PAYERS + "/{id}", payerId).with(userOf(clinic, role)).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions deactivate(String payerId, String ifMatch) throws Exception {
        var request = post(PAYERS + "/{id}/deactivation", payerId).with(userOf(clinic, "admin"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    /** Payers of this test's clinic in the event store. */
    private long storedPayers() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM DomainEventEntry WHERE type = 'Payer' AND sequenceNumber = 0
                AND convert_from(metaData, 'UTF8')::jsonb ->> 'clinicId' = ?""", Long.class, clinic);
    }
}
