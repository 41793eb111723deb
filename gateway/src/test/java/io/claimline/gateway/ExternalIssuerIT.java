package io.claimline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without the local profile the local server is off: the gateway issues nothing and accepts only the external
 * issuer's tokens meant for the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalIssuerIT {

    static final FakeOidcProvider ISSUER = FakeOidcProvider.start();
    static final RecordingBackend BACKEND = RecordingBackend.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::url);
        registry.add("claimline.routes.patients", BACKEND::url);
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
        BACKEND.close();
    }

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
    }

    @Test
    void acceptsATokenOfTheExternalIssuer() {
        String token = ISSUER.token(ISSUER.url(), "biller", "clinic-001");

        HttpResponse<String> response = gateway.get("/api/patients/p-1", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void refusesATokenNamingAnotherIssuer() {
        String token = ISSUER.token("http://somebody-else", "biller", "clinic-001");

        assertThat(gateway.get("/api/patients/p-1", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenOfTheExternalIssuerMeantForSomethingElse() {
        String forTheConsole = ISSUER.token(ISSUER.url(), "biller", "clinic-001", List.of("claimline-console"));
        String forNobody = ISSUER.token(ISSUER.url(), "biller", "clinic-001", List.of());

        assertThat(gateway.get("/api/patients/p-1", "Authorization", "Bearer " + forTheConsole).statusCode())
                .isEqualTo(401);
        assertThat(gateway.get("/api/patients/p-1", "Authorization", "Bearer " + forNobody).statusCode())
                .isEqualTo(401);
    }

    @Test
    void issuesNoTokensItself() {
        HttpResponse<String> response = gateway.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", "Basic Y2xpbmljLXN5c3RlbTpjbGluaWMtc3lzdGVtLXNlY3JldA==");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
        assertThat(gateway.get("/.well-known/openid-configuration").statusCode()).isEqualTo(401);
    }
}
