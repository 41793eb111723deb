package io.claimline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The signing key lives in its key file: tokens issued before a restart still validate after it. */
class SigningKeyRestartIT {

    @TempDir
    Path dir;

    private static ConfigurableApplicationContext start(Path keyFile) {
        return new SpringApplicationBuilder(GatewayApplication.class).profiles("local")
                .run("--server.port=0", "--claimline.auth.signing-key-file=" + keyFile);
    }

    private static GatewayClient client(ConfigurableApplicationContext gateway) {
        return new GatewayClient(((ServletWebServerApplicationContext) gateway).getWebServer().getPort());
    }

    /** An unknown path: 404 for a valid token, 401 for one the gateway does not accept. */
    private static int status(ConfigurableApplicationContext gateway, String token) {
        return client(gateway).get("/no-such-page", "Authorization", "Bearer " + token).statusCode();
    }

    @Test
    void aTokenIssuedBeforeARestartStillValidatesAfterIt() throws Exception {
        Path keyFile = dir.resolve("data/gateway-signing-key.json");
        String token;
        try (ConfigurableApplicationContext first = start(keyFile)) {
            token = client(first).clientToken("clinic-system", "clinic-system-secret");
            assertThat(status(first, token)).isEqualTo(404);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        try (ConfigurableApplicationContext restarted = start(keyFile)) {
            assertThat(status(restarted, token)).as("same key file after the restart").isEqualTo(404);
        }
        // The control: a gateway with another key refuses the very same token.
        try (ConfigurableApplicationContext other = start(dir.resolve("other-signing-key.json"))) {
            assertThat(status(other, token)).as("another key file").isEqualTo(401);
        }
    }
}
