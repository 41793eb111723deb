package io.claimline.simulator.clearinghouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clearinghouse's SFTP server (Apache MINA SSHD): password login for one user, SFTP only (no shell, no
 * forwarding, no public keys), each user jailed in {@code root/<user>} by a virtual file system. The host key is an
 * EC P-256 key generated once and kept at the configured path, so a client's known_hosts stays valid across
 * restarts; its SHA256 fingerprint is logged at start for operators to pin.
 */
class SftpServer {

    private static final Logger log = LoggerFactory.getLogger(SftpServer.class);

    private final ClearinghouseProperties properties;
    private SshServer server;

    SftpServer(ClearinghouseProperties properties) {
        this.properties = properties;
    }

    void start() {
        try {
            Files.createDirectories(properties.home());
            Path hostKey = properties.hostKey().toAbsolutePath();
            Files.createDirectories(hostKey.getParent());
            SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
            keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
            keys.setKeySize(256);
            SshServer ssh = SshServer.setUpDefaultServer();
            ssh.setPort(properties.sftpPort());
            ssh.setKeyPairProvider(keys);
            byte[] password = properties.password().getBytes(StandardCharsets.UTF_8);
            String username = properties.username();
            // Constant-time comparison; the password never reaches a log.
            ssh.setPasswordAuthenticator((user, offered, session) -> username.equals(user)
                    && MessageDigest.isEqual(password, offered.getBytes(StandardCharsets.UTF_8)));
            ssh.setPublickeyAuthenticator(null);
            ssh.setKeyboardInteractiveAuthenticator(null);
            VirtualFileSystemFactory files = new VirtualFileSystemFactory(properties.home());
            files.setUserHomeDir(username, properties.home());
            ssh.setFileSystemFactory(files);
            ssh.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
            ssh.start();
            server = ssh;
            KeyPair key = keys.loadKeys(null).iterator().next();
            log.info("Clearinghouse SFTP server on port {} (user {}, uploads to /in, answers in /out), host key {} {}",
                    ssh.getPort(), username, KeyUtils.getKeyType(key.getPublic()),
                    KeyUtils.getFingerPrint(BuiltinDigests.sha256, key.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException("the clearinghouse SFTP server could not start", e);
        }
    }

    void stop() {
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                log.warn("The clearinghouse SFTP server did not stop cleanly: {}", e.getClass().getSimpleName());
            }
            server = null;
        }
    }

    boolean isRunning() {
        return server != null && server.isStarted();
    }

    /** The port it listens on (the chosen one when configured as 0). */
    public int port() {
        return server == null ? -1 : server.getPort();
    }
}
