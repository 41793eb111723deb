package io.claimline.claims.exchange.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract over real SFTP: a MINA SSHD server in the test, the host key checked by its fingerprint. */
class SftpTransportTest extends ClearinghouseTransportContract {

    @TempDir
    Path work;

    private SftpTestServer server;
    private SftpTransport transport;

    @BeforeEach
    void startTheServer() throws IOException {
        server = SftpTestServer.start(work);
        transport = transport(SftpTestServer.PASSWORD, server.hostKeyFingerprint(), server.port());
    }

    @AfterEach
    void stopAll() throws IOException {
        transport.close();
        server.close();
    }

    @Override
    ClearinghouseTransport transport() {
        return transport;
    }

    @Override
    Path uploaded() {
        return server.root().resolve("in");
    }

    @Override
    Path waiting() {
        return server.root().resolve("out");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutNamingIt() {
        try (SftpTransport wrongPassword = transport("not-the-password-91c2", server.hostKeyFingerprint(),
                server.port())) {
            assertThatThrownBy(wrongPassword::listInbound).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED);
                assertThat(e.getMessage()).contains("did not accept the login", SftpTestServer.USERNAME)
                        .doesNotContain("not-the-password-91c2").doesNotContain(SftpTestServer.PASSWORD);
                assertThat(e).hasStackTraceContaining("not accept").satisfies(failure -> assertThat(
                        stackTrace(failure)).doesNotContain("not-the-password-91c2"));
            });
        }
    }

    @Test
    void aHostKeyThatDoesNotMatchTheFingerprintIsRefused() {
        String otherKey = "SHA256:" + "A".repeat(43);
        try (SftpTransport pinnedElsewhere = transport(SftpTestServer.PASSWORD, otherKey, server.port())) {
            assertThatThrownBy(() -> pinnedElsewhere.send(new OutboundFile("batch-0010.x12", bytes("x"))))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED);
                        assertThat(e.getMessage()).contains("host key", "host-key-fingerprint");
                    });
        }
        assertThat(uploaded().resolve("batch-0010.x12")).doesNotExist();
        assertThat(transfers("out", "refused")).isEqualTo(1);
    }

    @Test
    void theFingerprintMayBeGivenWithoutItsPrefix() {
        String bare = server.hostKeyFingerprint().substring("SHA256:".length());
        try (SftpTransport bareFingerprint = transport(SftpTestServer.PASSWORD, bare, server.port())) {
            assertThat(bareFingerprint.listInbound()).isEmpty();
        }
    }

    @Test
    void aServerThatIsDownIsUnavailable() throws IOException {
        int port = server.port();
        server.close();

        assertThatThrownBy(transport::listInbound).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(TransportException.Reason.UNAVAILABLE);
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("127.0.0.1:" + port);
        });
        assertThatThrownBy(() -> transport.send(new OutboundFile("batch-0011.x12", bytes("x"))))
                .isInstanceOf(TransportException.class);
        assertThat(transfers("out", "unavailable")).isEqualTo(1);
    }

    @Test
    void aMissingRemoteDirectoryIsRefused() {
        try (SftpTransport misconfigured = new SftpTransport(connection(SftpTestServer.PASSWORD,
                server.hostKeyFingerprint(), server.port()), "/nowhere", "/nowhere", MAX_FILE_SIZE, meterRegistry)) {
            misconfigured.start();
            assertThatThrownBy(misconfigured::listInbound).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.reason()).isEqualTo(TransportException.Reason.REFUSED));
        }
    }

    private SftpTransport transport(String password, String fingerprint, int port) {
        SftpTransport started = new SftpTransport(connection(password, fingerprint, port), "/in", "/out",
                MAX_FILE_SIZE, meterRegistry);
        started.start();
        return started;
    }

    private static SftpTransport.Connection connection(String password, String fingerprint, int port) {
        return new SftpTransport.Connection("127.0.0.1", port, SftpTestServer.USERNAME, password, fingerprint, false,
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private static String stackTrace(Throwable failure) {
        var out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
