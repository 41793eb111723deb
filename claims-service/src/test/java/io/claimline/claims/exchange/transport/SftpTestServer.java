package io.claimline.claims.exchange.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server (Apache MINA SSHD) for the tests: one user, password login, its root a temporary directory
 * holding the clearinghouse's {@code /in} and {@code /out}, on a free port of 127.0.0.1.
 */
final class SftpTestServer implements AutoCloseable {

    static final String USERNAME = "claimline";
    static final String PASSWORD = "test-sftp-password-7f3a";

    private final SshServer server;
    private final Path root;

    private SftpTestServer(SshServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    static SftpTestServer start(Path workDirectory) throws IOException {
        Path root = Files.createDirectories(workDirectory.resolve("root"));
        Files.createDirectories(root.resolve("in"));
        Files.createDirectories(root.resolve("out"));
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(workDirectory.resolve("host-key")));
        server.setPasswordAuthenticator((username, password, session) -> USERNAME.equals(username)
                && PASSWORD.equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        return new SftpTestServer(server, root);
    }

    int port() {
        return server.getPort();
    }

    Path root() {
        return root;
    }

    /** The host key's fingerprint as {@code ssh-keygen -lf} prints it. */
    String hostKeyFingerprint() {
        try {
            var key = server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
            return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
