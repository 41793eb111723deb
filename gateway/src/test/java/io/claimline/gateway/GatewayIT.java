package io.claimline.gateway;

import io.claimline.testsupport.RawHttp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimline.localstack.TokenClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as callers see it, over real HTTP: tokens from the built-in authorization server, the checks in
 * front of /api, and forwarding to services (played by a recording HTTP server on a free port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked; /actuator/prometheus needs it
class GatewayIT {

    /** Not the URL the test reaches the gateway on: proves the issuer comes from configuration only. */
    static final String ISSUER = "http://gateway.test:8080";
    static final RecordingBackend BACKEND = RecordingBackend.start();
    static final int CLOSED_PORT = RecordingBackend.closedPort();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("claimline.auth.issuer", () -> ISSUER);
        registry.add("claimline.routes.patients", BACKEND::url);
        registry.add("claimline.routes.billing", BACKEND::url);
        registry.add("claimline.routes.collections", BACKEND::url);
        registry.add("claimline.routes.claims", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("spring.http.client.read-timeout", () -> "1s");
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
    }

    private Jwt decodeWithJwks(String token) {
        return NimbusJwtDecoder.withJwkSetUri(gateway.base() + "/oauth2/jwks").build().decode(token);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("https://claimline.io/problems/" + code);
        assertThat(problem.path("traceId").asText())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace\"");
    }

    private static void assertProblem(RawHttp.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        JsonNode problem;
        try {
            problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.body(), e);
        }
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("traceId").asText()).isNotBlank().isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContainIgnoringCase("<html").doesNotContain("Exception", "Tomcat");
    }

    /** A request written byte for byte: {@code head} (request line and ASCII headers), then the raw header lines. */
    private static byte[] rawRequest(String head, byte[]... rawHeaderLines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        for (byte[] line : rawHeaderLines) {
            bytes.writeBytes(line);
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        bytes.writeBytes("Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                .getBytes(StandardCharsets.US_ASCII));
        return bytes.toByteArray();
    }

    @Nested
    class Tokens {

        @Test
        void issuesAClinicSystemTokenWithItsClinicAndRoles() {
            HttpResponse<String> response = gateway.clientCredentials("clinic-system", "clinic-system-secret");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = GatewayClient.json(response);
            assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
            assertThat(body.path("expires_in").asLong()).isPositive().isLessThanOrEqualTo(900);

            Jwt jwt = decodeWithJwks(body.path("access_token").asText());
            assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
            assertThat(jwt.getSubject()).isEqualTo("clinic-system");
            assertThat(jwt.getClaimAsString("clinic_id")).isEqualTo("clinic-001");
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("clinic_system");
            assertThat(jwt.getClaimAsString("iss")).isEqualTo(ISSUER);
            assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
                    .isEqualTo(Duration.ofMinutes(10))
                    .isLessThanOrEqualTo(Duration.ofMinutes(15));
            assertThat(jwt.getExpiresAt()).isAfter(Instant.now());
        }

        @Test
        void bindsEachClinicSystemToItsOwnClinic() {
            Jwt jwt = decodeWithJwks(gateway.clientToken("clinic-system-2", "clinic-system-2-secret"));

            assertThat(jwt.getSubject()).isEqualTo("clinic-system-2");
            assertThat(jwt.getClaimAsString("clinic_id")).isEqualTo("clinic-002");
        }

        @Test
        void refusesAWrongClientSecret() {
            assertThat(gateway.clientCredentials("clinic-system", "wrong").statusCode()).isEqualTo(401);
        }

        @Test
        void issuesASeededUserATokenThroughLoginAndPkce() {
            Jwt jwt = decodeWithJwks(TokenClient.userToken(gateway.base(), "biller", "password"));

            assertThat(jwt.getSubject()).isEqualTo("biller");
            assertThat(jwt.getClaimAsString("clinic_id")).isEqualTo("clinic-001");
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("biller");
            assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt()))
                    .isLessThanOrEqualTo(Duration.ofMinutes(15));
        }

        @Test
        void aSeededUserGetsATokenThroughTheLoginFlow() {
            Jwt frontDesk = decodeWithJwks(TokenClient.userToken(gateway.base(), "frontdesk", "password"));
            assertThat(frontDesk.getSubject()).isEqualTo("frontdesk");
            assertThat(frontDesk.getClaimAsString("clinic_id")).isEqualTo("clinic-001");
            assertThat(frontDesk.getClaimAsStringList("roles")).containsExactly("front_desk");
            assertThat(frontDesk.getClaims()).doesNotContainKey("npi");

            Jwt provider = decodeWithJwks(TokenClient.userToken(gateway.base(), "provider", "password"));
            assertThat(provider.getSubject()).isEqualTo("provider");
            assertThat(provider.getClaimAsString("clinic_id")).isEqualTo("clinic-001");
            assertThat(provider.getClaimAsStringList("roles")).containsExactly("provider");
            assertThat(provider.getClaimAsString("npi")).isEqualTo("1234567893");

            Jwt provider2 = decodeWithJwks(TokenClient.userToken(gateway.base() + "/", "provider-2", "password"));
            assertThat(provider2.getSubject()).isEqualTo("provider-2");
            assertThat(provider2.getClaimAsString("clinic_id")).isEqualTo("clinic-002");
            assertThat(provider2.getClaimAsString("npi")).isEqualTo("1987654328");
        }

        @Test
        void everySeededUserOfTheSecondClinicBelongsToIt() {
            for (String user : new String[] {"frontdesk-2", "biller-2", "collector-2", "manager-2", "auditor-2",
                    "admin-2"}) {
                Jwt jwt = decodeWithJwks(TokenClient.userToken(gateway.base(), user, "password"));
                assertThat(jwt.getSubject()).isEqualTo(user);
                assertThat(jwt.getClaimAsString("clinic_id")).as(user).isEqualTo("clinic-002");
            }
        }

        @Test
        void theLoginFlowRefusesAWrongPasswordWithoutRepeatingIt() {
            assertThatThrownBy(() -> TokenClient.userToken(gateway.base(), "biller", "not-the-password"))
                    .isInstanceOf(TokenClient.TokenException.class)
                    .hasMessageContaining("login refused for user biller")
                    .message().doesNotContain("not-the-password");
            assertThatThrownBy(() -> TokenClient.userToken(gateway.base(), "nobody", "password"))
                    .isInstanceOf(TokenClient.TokenException.class)
                    .hasMessageContaining("login refused");
        }

        @Test
        void aServiceClientsTokenCarriesTheServiceRoleAndNoClinic() {
            for (String service : new String[] {"claims-service", "billing-service", "collections-service"}) {
                Jwt jwt = decodeWithJwks(TokenClient.clientToken(gateway.base(), service, service + "-secret"));
                assertThat(jwt.getSubject()).isEqualTo(service);
                assertThat(jwt.getClaimAsStringList("roles")).as(service).containsExactly("service");
                assertThat(jwt.getClaims()).as(service).doesNotContainKeys("clinic_id", "npi");
            }
        }

        @Test
        void theTokenClientGetsAClinicSystemTokenAndRefusesAWrongSecret() {
            Jwt jwt = decodeWithJwks(TokenClient.clientToken(gateway.base(), "clinic-system-2",
                    "clinic-system-2-secret"));
            assertThat(jwt.getClaimAsString("clinic_id")).isEqualTo("clinic-002");
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("clinic_system");

            assertThatThrownBy(() -> TokenClient.clientToken(gateway.base(), "billing-service", "wrong-secret"))
                    .isInstanceOf(TokenClient.TokenException.class)
                    .hasMessageContaining("HTTP 401")
                    .message().doesNotContain("wrong-secret");
        }

        @Test
        void advertisesTheConfiguredIssuer() {
            HttpResponse<String> discovery = gateway.get("/.well-known/openid-configuration");

            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(GatewayClient.json(discovery).path("issuer").asText()).isEqualTo(ISSUER);
        }
    }

    @Nested
    class Authentication {

        @Test
        void refusesAnApiCallWithoutToken() {
            HttpResponse<String> response = gateway.get("/api/patients/p-1");

            assertProblem(response, 401, "unauthorized");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
        }

        @Test
        void refusesAGarbageToken() {
            assertProblem(gateway.get("/api/patients/p-1", "Authorization", "Bearer not.a.jwt"), 401, "unauthorized");
        }

        @Test
        void refusesATokenSignedByAnotherServer() {
            // Well-formed, RS256, naming this gateway as issuer, but signed with a key the gateway does not hold.
            try (FakeOidcProvider impostor = FakeOidcProvider.start()) {
                String forged = impostor.token(ISSUER, "clinic-system", "clinic-001");

                assertProblem(gateway.get("/api/patients/p-1", "Authorization", "Bearer " + forged), 401,
                        "unauthorized");
            }
        }

        @Test
        void acceptsTheAccessTokenButNotTheIdTokenOfTheSameSignIn() {
            TokenClient.Tokens tokens = TokenClient.userTokens(gateway.base(), "biller", "password");
            Jwt access = decodeWithJwks(tokens.accessToken());
            Jwt id = decodeWithJwks(tokens.idToken());
            assertThat(access.getAudience()).containsExactly("claimline-api");
            assertThat(id.getAudience()).containsExactly(TokenClient.CONSOLE_CLIENT_ID);
            assertThat(id.getSubject()).isEqualTo("biller");

            assertProblem(gateway.get("/api/patients/p-1", "Authorization", "Bearer " + tokens.idToken()), 401,
                    "unauthorized");
            assertThat(gateway.get("/api/patients/p-1", "Authorization", "Bearer " + tokens.accessToken())
                    .statusCode()).isEqualTo(201);
            assertThat(TokenClient.userToken(gateway.base(), "biller", "password")).isNotEqualTo(tokens.idToken());
        }

        @Test
        void everyAccessTokenIsMeantForTheApi() {
            assertThat(decodeWithJwks(gateway.clientToken("clinic-system", "clinic-system-secret")).getAudience())
                    .containsExactly("claimline-api");
            assertThat(decodeWithJwks(TokenClient.clientToken(gateway.base(), "claims-service",
                    "claims-service-secret")).getAudience()).containsExactly("claimline-api");
        }

        @Test
        void keepsHealthInfoAndMetricsOpenForOperators() {
            assertThat(gateway.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            assertThat(gateway.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(gateway.get("/actuator/info").statusCode()).isEqualTo(200);
            assertThat(gateway.get("/actuator/prometheus").statusCode()).isEqualTo(200);
        }

        @Test
        void keepsOtherActuatorEndpointsClosed() {
            assertThat(gateway.get("/actuator/env").statusCode()).isEqualTo(401);
        }

        @Test
        void deniesUnknownPathsToAnonymousCallers() {
            assertProblem(gateway.get("/no-such-page"), 401, "unauthorized");
        }
    }

    @Nested
    class Routing {

        String token;

        @BeforeEach
        void token() {
            token = gateway.clientToken("clinic-system", "clinic-system-secret");
        }

        @Test
        void refusesNonAsciiHeaderBytesInsteadOfRewritingThem() {
            int before = BACKEND.received().size();
            for (String key : new String[] {"cl-\u00e9-X", "cl-\u00f1-X"}) {
                String requestId = "non-ascii-" + key.charAt(3);
                byte[] request = rawRequest("POST /api/patients HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer " + token + "\r\nX-Request-Id: " + requestId + "\r\n",
                        ("Idempotency-Key: " + key).getBytes(StandardCharsets.UTF_8));

                RawHttp.Response response = RawHttp.send(port, request);

                assertProblem(response, 400, "malformed-request");
                assertThat(response.body()).containsIgnoringCase("Idempotency-Key");
                assertThat(BACKEND.receivedWithRequestId(requestId)).as(key).isEmpty();
            }
            // A single Latin-1 byte is refused the same way, with or without a token.
            byte[] latin1 = rawRequest("POST /api/patients HTTP/1.1\r\nHost: localhost\r\n",
                    ("X-Note: caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
            assertProblem(RawHttp.send(port, latin1), 400, "malformed-request");
            assertThat(BACKEND.received()).hasSize(before);

            // The same request in printable ASCII (tab included) is forwarded, its key exactly as sent.
            RawHttp.Response ascii = RawHttp.send(port, rawRequest("POST /api/patients HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\nX-Request-Id: ascii-key\r\n",
                    "Idempotency-Key: cl-e-X".getBytes(StandardCharsets.US_ASCII),
                    "X-Note: a\tb".getBytes(StandardCharsets.US_ASCII)));
            assertThat(ascii.status()).as(ascii.body()).isEqualTo(201);
            assertThat(BACKEND.receivedWithRequestId("ascii-key").orElseThrow().header("Idempotency-Key"))
                    .isEqualTo("cl-e-X");
        }

        @Test
        void answersRequestsTomcatRefusesWithProblems() {
            int before = BACKEND.received().size();

            assertProblem(RawHttp.get(port, "/api/patients/p-1%2F..%2F..%2Finternal",
                    "Authorization: Bearer " + token), 400, "malformed-request");
            assertProblem(RawHttp.get(port, "/api/patients/p-1%00", "Authorization: Bearer " + token), 400,
                    "malformed-request");
            assertProblem(RawHttp.get(port, "/api/patients/p-1", "Authorization: Bearer " + token,
                    "X-Padding: " + "a".repeat(16 * 1024)), 400, "malformed-request");
            assertThat(BACKEND.received()).hasSize(before);
        }

        @Test
        void answersNotFoundForAnUnknownPath() {
            assertProblem(gateway.get("/api/no-such-service/1", "Authorization", "Bearer " + token), 404,
                    "not-found");
        }

        @Test
        void neverRoutesInternalPaths() {
            String serviceToken = TokenClient.clientToken(gateway.base(), "claims-service", "claims-service-secret");

            assertProblem(gateway.get("/internal/anything", "Authorization", "Bearer " + token), 404, "not-found");
            assertProblem(gateway.get("/internal", "Authorization", "Bearer " + token), 404, "not-found");
            // Not even for a service: services call each other's /internal paths directly, never through here.
            assertProblem(gateway.send(gateway.request("/internal/patients/p-1/phi")
                    .header("Authorization", "Bearer " + serviceToken)
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build()), 404, "not-found");
            // Dot segments do not lead from a routed path to an internal one.
            assertThat(gateway.get("/api/patients/../../internal/anything", "Authorization", "Bearer " + token)
                    .statusCode()).isIn(400, 404);
            // Anonymous callers learn no more than about any other unknown path.
            assertProblem(gateway.get("/internal/anything"), 401, "unauthorized");
            assertThat(BACKEND.received()).noneMatch(received -> received.path().contains("internal"));
        }

        @Test
        void routesThePhiAccessRecordToThePatientService() {
            HttpResponse<String> response = gateway.get("/api/phi-access-record/p-1?from=2025-01-01",
                    "Authorization", "Bearer " + token, "X-Request-Id", "phi-record-1");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            RecordingBackend.Received received = BACKEND.receivedWithRequestId("phi-record-1").orElseThrow();
            assertThat(received.path()).isEqualTo("/api/phi-access-record/p-1");
            assertThat(received.query()).isEqualTo("from=2025-01-01");
        }

        @Test
        void forwardsTheRequestUnchangedAndReturnsTheServiceAnswer() {
            HttpResponse<String> response = gateway.send(gateway.request("/api/patients/p-1/coverages?active=true&q=a%20b")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "idem-42")
                    .header("If-Match", "\"2\"")
                    .header("Cookie", "JSESSIONID=gateway-session")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"payer\":\"P-9\"}"))
                    .build());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.headers().firstValue("Location")).hasValue("/api/patients/p-1");
            assertThat(response.headers().firstValue("ETag")).hasValue("\"3\"");
            assertThat(response.body()).isEqualTo(RecordingBackend.CREATED_BODY);

            String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(response.headers().allValues("X-Request-Id")).as("answered once").hasSize(1);
            RecordingBackend.Received received = BACKEND.receivedWithRequestId(requestId).orElseThrow(
                    () -> new AssertionError("the service got no request with the generated X-Request-Id"));
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.path()).isEqualTo("/api/patients/p-1/coverages");
            assertThat(received.query()).isEqualTo("active=true&q=a%20b");
            assertThat(received.body()).isEqualTo("{\"payer\":\"P-9\"}");
            assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(received.header("Content-Type")).isEqualTo("application/json");
            assertThat(received.header("Idempotency-Key")).isEqualTo("idem-42");
            assertThat(received.header("If-Match")).isEqualTo("\"2\"");
            assertThat(received.header("Cookie")).as("the gateway's cookies stay at the gateway").isNull();
            assertThat(received.header("X-Correlation-Id")).isEqualTo(requestId)
                    .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
        }

        @Test
        void forwardsTheCallersOwnIds() {
            HttpResponse<String> response = gateway.get("/api/collections/accounts",
                    "Authorization", "Bearer " + token, "X-Request-Id", "req-123", "X-Correlation-Id", "corr-9");

            assertThat(response.statusCode()).isEqualTo(201);
            RecordingBackend.Received received = BACKEND.receivedWithRequestId("req-123").orElseThrow();
            assertThat(received.header("X-Correlation-Id")).isEqualTo("corr-9");
        }

        @Test
        void replacesAMalformedCallerRequestId() {
            HttpResponse<String> response = gateway.get("/api/collections/accounts",
                    "Authorization", "Bearer " + token, "X-Request-Id", "bad id with spaces");

            String assigned = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(assigned).isNotEqualTo("bad id with spaces");
            assertThat(BACKEND.receivedWithRequestId(assigned)).isPresent();
        }

        @Test
        void passesAServiceProblemThroughUnchanged() {
            HttpResponse<String> response = gateway.get("/api/collections/accounts/a-1/conflict",
                    "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).isEqualTo(RecordingBackend.CONFLICT_BODY);
        }

        @Test
        void answersServiceUnavailableWhenTheServiceIsDown() {
            HttpResponse<String> response = gateway.get("/api/claims/c-1", "Authorization", "Bearer " + token);

            assertProblem(response, 503, "service-unavailable");
            assertThat(response.body()).doesNotContain("Connection refused", String.valueOf(CLOSED_PORT));
        }

        @Test
        void answersServiceUnavailableWhenTheServiceDoesNotAnswerInTime() {
            assertProblem(gateway.get("/api/billing/statements/slow", "Authorization", "Bearer " + token), 503,
                    "service-unavailable");
        }

        @Test
        void refusesADeclaredBodyOverTheLimitWithoutForwardingIt() {
            int before = BACKEND.received().size();

            HttpResponse<String> response = gateway.send(gateway.request("/api/patients")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024 + 1]))
                    .build());

            assertProblem(response, 413, "payload-too-large");
            assertThat(BACKEND.received()).hasSize(before);
        }

        @Test
        void refusesAChunkedBodyOverTheLimit() {
            byte[] body = new byte[2 * 1024 * 1024];

            HttpResponse<String> response = gateway.send(gateway.request("/api/patients")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .build());

            assertProblem(response, 413, "payload-too-large");
        }

        @Test
        void acceptsABodyWithinTheLimit() {
            HttpResponse<String> response = gateway.send(gateway.request("/api/patients")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(new byte[512 * 1024])))
                    .build());

            assertThat(response.statusCode()).isEqualTo(201);
        }
    }
}
