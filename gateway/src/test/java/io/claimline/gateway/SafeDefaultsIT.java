package io.claimline.gateway;

import io.claimline.web.config.UnsafeConfigurationException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway started as it would be deployed, without the {@code local} profile: it refuses to start, and says
 * why, when it would have no issuer, or would run the built-in authorization server with development secrets or
 * without a signing key file.
 */
@ExtendWith(OutputCaptureExtension.class)
class SafeDefaultsIT {

    /** Accounts with values of their own, not those of application-local.yml. */
    private static final List<String> OWN_ACCOUNTS = List.of(
            "--claimline.auth.local-server.enabled=true",
            "--claimline.auth.clients[0].client-id=clinic-system",
            "--claimline.auth.clients[0].secret=a-secret-of-our-own-4f9c",
            "--claimline.auth.clients[0].clinic-id=clinic-001",
            "--claimline.auth.clients[0].roles=clinic_system",
            "--claimline.auth.users[0].username=admin",
            "--claimline.auth.users[0].password=a-password-of-our-own-77e1",
            "--claimline.auth.users[0].clinic-id=clinic-001",
            "--claimline.auth.users[0].roles=admin");

    @TempDir
    Path dir;

    private static ConfigurableApplicationContext start(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--server.port=0");
        // No profile at all, whatever the environment of the test run says.
        return new SpringApplicationBuilder(GatewayApplication.class).profiles().run(all.toArray(String[]::new));
    }

    private static UnsafeConfigurationException refusal(List<String> args) {
        Throwable failure = catchThrowable(() -> start(args).close());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsafeConfigurationException unsafe) {
                return unsafe;
            }
        }
        throw new AssertionError("the gateway did not refuse to start", failure);
    }

    @Test
    void refusesToStartWithoutAnIssuer(CapturedOutput output) {
        UnsafeConfigurationException refusal = refusal(List.of());

        assertThat(refusal).hasMessageContaining("no token issuer")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The gateway has no token issuer")
                .contains("SPRING_PROFILES_ACTIVE=local");
    }

    @Test
    void refusesTheLocalServerWithDevelopmentSecretsOutsideTheLocalProfile(CapturedOutput output) {
        UnsafeConfigurationException refusal = refusal(List.of(
                "--claimline.auth.local-server.enabled=true",
                "--claimline.auth.signing-key-file=" + dir.resolve("key.json"),
                "--claimline.auth.clients[0].client-id=clinic-system",
                "--claimline.auth.clients[0].secret=clinic-system-secret",
                "--claimline.auth.clients[0].clinic-id=clinic-001",
                "--claimline.auth.users[0].username=admin",
                "--claimline.auth.users[0].password=password",
                "--claimline.auth.users[0].clinic-id=clinic-001"));

        assertThat(refusal).hasMessageContaining("development secrets")
                .hasMessageContaining("the secret of client clinic-system")
                .hasMessageContaining("the password of user admin");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("development secrets still in place")
                .doesNotContain("clinic-system-secret");
    }

    @Test
    void refusesTheLocalServerWithoutASigningKeyFileOutsideTheLocalProfile(CapturedOutput output) {
        UnsafeConfigurationException refusal = refusal(OWN_ACCOUNTS);

        assertThat(refusal).hasMessageContaining("without a token signing key file")
                .hasMessageContaining("claimline.auth.signing-key-file");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("CLAIMLINE_AUTH_SIGNING_KEY_FILE");
    }

    @Test
    void startsTheLocalServerWithSecretsOfItsOwnAndAKeyFile() {
        List<String> args = new ArrayList<>(OWN_ACCOUNTS);
        args.add("--claimline.auth.signing-key-file=" + dir.resolve("key.json"));

        try (ConfigurableApplicationContext gateway = start(args)) {
            int port = ((ServletWebServerApplicationContext) gateway).getWebServer().getPort();
            GatewayClient client = new GatewayClient(port);
            String token = client.clientToken("clinic-system", "a-secret-of-our-own-4f9c");
            assertThat(client.get("/no-such-page", "Authorization", "Bearer " + token).statusCode()).isEqualTo(404);
            assertThat(client.clientCredentials("clinic-system", "clinic-system-secret").statusCode())
                    .isEqualTo(401);
        }
        assertThat(dir.resolve("key.json")).exists();
    }
}
