package io.claimline.billing.practice;

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
import io.claimline.contracts.practice.v1.ClinicProfileChanged;
import io.claimline.contracts.practice.v1.LocationAdded;
import io.claimline.contracts.practice.v1.ProviderAdded;
import io.claimline.contracts.practice.v1.ProviderDeactivated;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The practice setup through REST on real PostgreSQL and Kafka: effective-dated writes, as-of reads, refusals that
 * store nothing, tenancy, roles, idempotent retries and the integration events. Each test uses a clinic of its own.
 * The bodies are the demo seed's (local-stack DemoSeed), so the seed's requests are known to be accepted.
 */
@ClaimlineServiceTest
class PracticeSetupIT {

    static final String PROFILE = """
            {"effectiveFrom": "2026-01-01", "legalName": "Riverside Family Medicine LLC", "billingNpi": "1045678905",
             "taxId": "12-3456789", "taxonomy": "207Q00000X",
             "billingAddress": {"line1": "100 Main Street", "line2": "Suite 200", "city": "Springfield", "state": "IL",
                                "postalCode": "62701-1234"},
             "payToAddress": {"line1": "PO Box 4400", "city": "Springfield", "state": "IL", "postalCode": "62708"}}""";
    static final String PROVIDER = """
            {"effectiveFrom": "2026-01-01", "npi": "1222333449", "givenName": "Grace", "familyName": "Hopper",
             "taxonomy": "207Q00000X", "credential": "MD"}""";
    static final String SECOND_PROVIDER = """
            {"effectiveFrom": "2026-01-01", "npi": "1333444556", "givenName": "Ada", "familyName": "Lovelace",
             "taxonomy": "363LF0000X", "credential": "NP"}""";
    static final String LOCATION = """
            {"effectiveFrom": "2026-01-01", "name": "Riverside Main Office",
             "address": {"line1": "100 Main Street", "line2": "Suite 200", "city": "Springfield", "state": "IL",
                         "postalCode": "62701-1234"},
             "placeOfService": "11", "npi": "2765432101"}""";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Nested
    class Writing {

        @Test
        void setsUpAClinicWithProvidersAndALocationAndReadsItBackAtOnce() throws Exception {
            String clinic = newClinic();
            MvcResult created = mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic)
                            .content(PROFILE))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.id").value(clinic))
                    .andReturn();
            assertThat(created.getResponse().getHeader("Idempotency-Replayed")).isEqualTo("false");
            String hopper = add("/api/billing/practice/providers", PROVIDER, clinic);
            add("/api/billing/practice/providers", SECOND_PROVIDER, clinic);
            String office = add("/api/billing/practice/locations", LOCATION, clinic);

            JsonNode setup = read(clinic, "2026-03-15");
            assertThat(setup.get("version").asLong()).isEqualTo(3);
            assertThat(setup.at("/clinic/legalName").asText()).isEqualTo("Riverside Family Medicine LLC");
            assertThat(setup.at("/clinic/taxId").asText()).isEqualTo("123456789");
            assertThat(setup.at("/clinic/billingAddress/postalCode").asText()).isEqualTo("627011234");
            assertThat(setup.at("/clinic/payToAddress/line1").asText()).isEqualTo("PO Box 4400");
            assertThat(setup.get("providers")).extracting(p -> p.get("familyName").asText())
                    .containsExactly("Hopper", "Lovelace");
            assertThat(setup.at("/providers/0/providerId").asText()).isEqualTo(hopper);
            assertThat(setup.at("/locations/0/locationId").asText()).isEqualTo(office);
            assertThat(setup.at("/locations/0/placeOfService").asText()).isEqualTo("11");

            JsonNode metaData = json.readTree(jdbc.queryForObject(
                    "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                    byte[].class, clinic));
            assertThat(metaData.get("userId").asText()).isEqualTo("user-of-" + clinic);
            assertThat(metaData.get("clinicId").asText()).isEqualTo(clinic);
            assertThat(metaData.get("correlationId").asText()).isNotBlank();
        }

        @Test
        void aChangeFromADateLeavesEarlierDatesAsTheyWere() throws Exception {
            String clinic = newClinic();
            setUp(clinic);
            String hopper = add("/api/billing/practice/providers", PROVIDER, clinic);
            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic).header("If-Match", "\"1\"")
                            .content(PROFILE.replace("2026-01-01", "2026-07-01")
                                    .replace("100 Main Street", "250 Oak Avenue")))
                    .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
            mvc.perform(admin(put("/api/billing/practice/providers/{id}", hopper), clinic).header("If-Match", "\"2\"")
                            .content(PROVIDER.replace("2026-01-01", "2026-09-01").replace("Hopper", "Hopper-Murray")))
                    .andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));

            assertThat(read(clinic, "2026-06-30").at("/clinic/billingAddress/line1").asText())
                    .isEqualTo("100 Main Street");
            assertThat(read(clinic, "2026-07-01").at("/clinic/billingAddress/line1").asText())
                    .isEqualTo("250 Oak Avenue");
            assertThat(read(clinic, "2026-08-31").at("/providers/0/familyName").asText()).isEqualTo("Hopper");
            JsonNode september = read(clinic, "2026-09-01");
            assertThat(september.at("/providers/0/familyName").asText()).isEqualTo("Hopper-Murray");
            assertThat(september.at("/providers/0/effectiveFrom").asText()).isEqualTo("2026-09-01");
            mvc.perform(get("/api/billing/practice").param("asOf", "2025-12-31").with(userOf(clinic, "biller")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void aDeactivatedProviderStaysReadableForDatesUpToTheirLastDay() throws Exception {
            String clinic = newClinic();
            setUp(clinic);
            String hopper = add("/api/billing/practice/providers", PROVIDER, clinic);
            mvc.perform(admin(post("/api/billing/practice/providers/{id}/deactivation", hopper), clinic)
                            .content("{\"effectiveTo\": \"2026-05-31\", \"reason\": \"left the practice\"}"))
                    .andExpect(status().isOk());

            assertThat(read(clinic, "2026-05-31").get("providers")).hasSize(1);
            assertThat(read(clinic, "2026-05-31").at("/providers/0/effectiveTo").asText()).isEqualTo("2026-05-31");
            assertThat(read(clinic, "2026-06-01").get("providers")).isEmpty();
        }

        @Test
        void aSecondVersionForTheSameDateOrAnotherProvidersNpiConflictsNamingTheField() throws Exception {
            String clinic = newClinic();
            setUp(clinic);
            add("/api/billing/practice/providers", PROVIDER, clinic);

            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic).header("If-Match", "\"1\"")
                            .content(PROFILE))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
            mvc.perform(admin(post("/api/billing/practice/providers"), clinic)
                            .content(SECOND_PROVIDER.replace("1333444556", "1222333449")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.errors[0].field").value("npi"));
            assertThat(events(clinic)).isEqualTo(2);
        }

        @Test
        void aStaleIfMatchConflictsAndAMissingOneIsRequired() throws Exception {
            String clinic = newClinic();
            setUp(clinic);
            add("/api/billing/practice/providers", PROVIDER, clinic);

            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic).header("If-Match", "\"0\"")
                            .content(PROFILE.replace("2026-01-01", "2026-07-01")))
                    .andExpect(status().isConflict());
            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic)
                            .content(PROFILE.replace("2026-01-01", "2026-07-01")))
                    .andExpect(status().isPreconditionRequired());
            assertThat(events(clinic)).isEqualTo(2);
        }
    }

    @Nested
    class Refusing {

        @Test
        void badFieldsAnswer400NamingEachAndNothingIsStored() throws Exception {
            String clinic = newClinic();
            String broken = PROFILE.replace("1045678905", "1045678906").replace("12-3456789", "12-345")
                    .replace("207Q00000X", "207Q0000")
                    .replace("\"line1\": \"100 Main Street\"", "\"line1\": \"PO Box 12\"")
                    .replace("\"state\": \"IL\",\n", "\"state\": \"XX\",\n");
            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic).content(broken))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                            "billingNpi", "taxId", "taxonomy", "billingAddress.state", "billingAddress.line1")));

            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic)
                            .content(PROFILE.replace("62701-1234", "62701")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("billingAddress.postalCode"));
            assertThat(events(clinic)).isZero();

            setUp(clinic);
            mvc.perform(admin(post("/api/billing/practice/locations"), clinic)
                            .content(LOCATION.replace("\"11\"", "\"30\"").replace("2026-01-01\",",
                                    "2026-01-01\", \"effectiveTo\": \"2025-12-31\",")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                            "effectiveTo", "placeOfService")));
            mvc.perform(admin(post("/api/billing/practice/providers"), clinic)
                            .content(PROVIDER.replace("\"MD\"", "\"M\\u0000D\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("credential"));
            mvc.perform(get("/api/billing/practice").param("asOf", "15/03/2026").with(userOf(clinic, "biller")))
                    .andExpect(status().isBadRequest());
            assertThat(events(clinic)).isEqualTo(1);
        }

        @Test
        void anotherClinicSeesNoneOfItAndCannotChangeItsProviders() throws Exception {
            String clinic = newClinic();
            String other = newClinic();
            setUp(clinic);
            String hopper = add("/api/billing/practice/providers", PROVIDER, clinic);
            setUp(other);

            mvc.perform(get("/api/billing/practice").with(userOf(newClinic(), "biller")))
                    .andExpect(status().isNotFound());
            mvc.perform(admin(put("/api/billing/practice/providers/{id}", hopper), other).header("If-Match", "\"0\"")
                            .content(PROVIDER.replace("2026-01-01", "2026-09-01")))
                    .andExpect(status().isNotFound());
            mvc.perform(admin(post("/api/billing/practice/providers/{id}/deactivation", hopper), other)
                            .content("{\"effectiveTo\": \"2026-05-31\", \"reason\": \"not yours\"}"))
                    .andExpect(status().isNotFound());
            assertThat(read(other, "2026-03-15").get("providers")).isEmpty();
            assertThat(events(clinic)).isEqualTo(2);
        }

        @Test
        void onlyAdminsWriteAndTheBillingRolesRead() throws Exception {
            String clinic = newClinic();
            for (String role : List.of("biller", "manager", "auditor", "front_desk", "clinic_system", "provider")) {
                mvc.perform(put("/api/billing/practice/clinic-profile").with(userOf(clinic, role))
                                .contentType(MediaType.APPLICATION_JSON).content(PROFILE))
                        .andExpect(status().isForbidden());
            }
            assertThat(events(clinic)).isZero();
            setUp(clinic);
            for (String role : List.of("admin", "biller", "manager", "auditor", "front_desk", "clinic_system")) {
                mvc.perform(get("/api/billing/practice").param("asOf", "2026-02-01").with(userOf(clinic, role)))
                        .andExpect(status().isOk());
            }
            mvc.perform(get("/api/billing/practice").with(userOf(clinic, "collections")))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class Retrying {

        @Test
        void aRetryWithTheSameKeyTakesEffectOnceAndAnswersTheFirstResult() throws Exception {
            String clinic = newClinic();
            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic)
                    .header("Idempotency-Key", "seed-profile").content(PROFILE)).andExpect(status().isOk());
            String first = mvc.perform(admin(post("/api/billing/practice/providers"), clinic)
                            .header("Idempotency-Key", "seed-provider-1").content(PROVIDER))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

            // The whole setup again, as the demo seed's second run sends it: nothing changes.
            mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic)
                            .header("Idempotency-Key", "seed-profile").content(PROFILE))
                    .andExpect(status().isOk()).andExpect(header().string("Idempotency-Replayed", "true"));
            MvcResult retry = mvc.perform(admin(post("/api/billing/practice/providers"), clinic)
                            .header("Idempotency-Key", "seed-provider-1").content(PROVIDER))
                    .andExpect(status().isCreated()).andExpect(header().string("Idempotency-Replayed", "true"))
                    .andReturn();

            assertThat(retry.getResponse().getContentAsString()).isEqualTo(first);
            assertThat(events(clinic)).isEqualTo(2);
            mvc.perform(admin(post("/api/billing/practice/providers"), clinic)
                            .header("Idempotency-Key", "seed-provider-1").content(SECOND_PROVIDER))
                    .andExpect(status().isUnprocessableEntity());
        }
    }

    @Nested
    class Publishing {

        @Test
        void publishesEveryChangeKeyedByClinicWithItsEffectiveDates() throws Exception {
            String clinic = newClinic();
            setUp(clinic);
            String hopper = add("/api/billing/practice/providers", PROVIDER, clinic);
            add("/api/billing/practice/locations", LOCATION, clinic);
            mvc.perform(admin(post("/api/billing/practice/providers/{id}/deactivation", hopper), clinic)
                            .content("{\"effectiveTo\": \"2026-05-31\", \"reason\": \"left the practice\"}"))
                    .andExpect(status().isOk());

            var deactivated = kafka.awaitRecord(Topics.PRACTICE_EVENTS_V1,
                    r -> clinic.equals(r.key()) && new String(r.value(), StandardCharsets.UTF_8)
                            .contains(ProviderDeactivated.TYPE));
            List<IntegrationEvent> published = kafka.readAll(Topics.PRACTICE_EVENTS_V1).stream()
                    .filter(r -> clinic.equals(r.key())).map(r -> codec.decode(r.value())).toList();
            assertThat(published).extracting(IntegrationEvent::type).containsExactly(ClinicProfileChanged.TYPE,
                    ProviderAdded.TYPE, LocationAdded.TYPE, ProviderDeactivated.TYPE);
            assertThat(published).extracting(IntegrationEvent::sequence).containsExactly(0L, 1L, 2L, 3L);
            assertThat(published).allMatch(e -> e.clinicId().equals(clinic) && e.aggregateType().equals("Practice"));

            ClinicProfileChanged profile = codec.payload(published.get(0), ClinicProfileChanged.class);
            assertThat(profile.effectiveFrom()).hasToString("2026-01-01");
            assertThat(profile.billingNpi()).isEqualTo("1045678905");
            assertThat(profile.billingAddress().postalCode()).isEqualTo("627011234");
            ProviderAdded provider = codec.payload(published.get(1), ProviderAdded.class);
            assertThat(provider.providerId()).isEqualTo(hopper);
            assertThat(provider.effectiveTo()).isNull();
            assertThat(codec.payload(codec.decode(deactivated.value()), ProviderDeactivated.class).effectiveTo())
                    .hasToString("2026-05-31");
            String eventId = jdbc.queryForObject("SELECT eventIdentifier FROM DomainEventEntry "
                    + "WHERE aggregateIdentifier = ? AND sequenceNumber = 0", String.class, clinic);
            assertThat(published.get(0).eventId()).isEqualTo(eventId);
        }
    }

    private static String newClinic() {
        return "clinic-" + UUID.randomUUID();
    }

    private MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request, String clinic) {
        return request.with(userOf(clinic, "admin")).contentType(MediaType.APPLICATION_JSON);
    }

    private void setUp(String clinic) throws Exception {
        mvc.perform(admin(put("/api/billing/practice/clinic-profile"), clinic).content(PROFILE))
                .andExpect(status().isOk());
    }

    private String add(String path, String body, String clinic) throws Exception {
        String answer = mvc.perform(admin(post(path), clinic).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asText();
    }

    private JsonNode read(String clinic, String asOf) throws Exception {
        return json.readTree(mvc.perform(get("/api/billing/practice").param("asOf", asOf)
                        .with(userOf(clinic, "biller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long events(String clinic) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                clinic);
    }
}
