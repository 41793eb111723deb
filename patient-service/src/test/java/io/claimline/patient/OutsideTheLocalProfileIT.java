package io.claimline.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimline.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service as deployed outside the local stack: secrets of its own, no local profile. Health and metrics stay
 * open for Prometheus; the API docs need a token; the API document never echoes the caller's Host header.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class OutsideTheLocalProfileIT {

    private static final String ROLE = "claimline_deployed";
    private static final String PASSWORD = "deployed-" + System.nanoTime();

    @DynamicPropertySource
    static void deployedSecrets(DynamicPropertyRegistry registry) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String url = infrastructure.createDatabase("deployed");
        try (Connection admin = DriverManager.getConnection(url, infrastructure.user(), infrastructure.password());
                Statement statement = admin.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "CREATE ROLE " + ROLE + " LOGIN SUPERUSER; END IF; END $$");
            statement.execute("ALTER ROLE " + ROLE + " PASSWORD '" + PASSWORD + "'");
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> ROLE);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
        registry.add("claimline.idempotency.fingerprint-key", () -> "ZGVwbG95ZWQtZmluZ2VycHJpbnQta2V5LW9mLTMyLWJ5dGVz");
        registry.add("claimline.phi.master-key", () -> "ZGVwbG95ZWQtbWFzdGVyLWtleS1vZi0zMi1ieXRlcyE=");
    }

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    @Test
    void healthAndMetricsStayOpenForOperators() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    @Test
    void theApiDocsNeedAToken() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(jwt())).andExpect(status().isOk());
    }

    @Test
    void theApiDocumentDoesNotEchoTheHostHeader() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(jwt()).header("Host", "attacker.example")
                        .header("X-Forwarded-Host", "attacker.example"))
                .andReturn().getResponse().getContentAsString();

        JsonNode document = json.readTree(body);
        assertThat(body).doesNotContain("attacker.example");
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("/");
    }
}
