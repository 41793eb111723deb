package io.claimline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an auditor and a collector may not do, asked through the gateway with tokens from {@code ./claimline token}
 * (the command itself, run against this stack's gateway).
 */
class RolesThroughTheGatewayIT {

    private static final String PATIENT = """
            {"givenName": "Mary", "familyName": "Seacole", "dateOfBirth": "1955-11-23"}""";

    private static ClaimlineStack stack;
    private static GatewayClient auditor;
    private static GatewayClient collector;

    @BeforeAll
    static void signIn() throws Exception {
        stack = ClaimlineStack.get();
        auditor = GatewayClient.withBearer(stack.gatewayUrl(), claimlineToken("auditor"));
        collector = GatewayClient.withBearer(stack.gatewayUrl(), claimlineToken("collector"));
    }

    @Test
    void anAuditorsWriteIsForbiddenWhateverItSends() {
        for (String body : new String[] {PATIENT, "{\"givenName\": \"\"}", "not json"}) {
            GatewayClient.Response response = auditor.postJson("/api/patients", body);
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asText()).isEqualTo("forbidden");
        }
    }

    @Test
    void aCollectorCannotReadAPatientsNameWhileTheAuditorCan() {
        GatewayClient frontDesk = GatewayClient.user(stack.gatewayUrl(), "frontdesk");
        String patientId = frontDesk.postJson("/api/patients", PATIENT).json().get("patientId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(auditor.get("/api/patients/" + patientId).status()).isEqualTo(200));

        GatewayClient.Response response = collector.get("/api/patients/" + patientId);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Seacole").doesNotContain("1955-11-23");
    }

    /** {@code ./claimline token <user>} against this stack's gateway. */
    private static String claimlineToken(String user) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("claimline.repository.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(root.resolve("claimline").toString(), "token", user)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("CLAIMLINE_GATEWAY_URL", stack.gatewayUrl());
        Process process = builder.start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("./claimline token " + user).isZero();
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        return token;
    }
}
