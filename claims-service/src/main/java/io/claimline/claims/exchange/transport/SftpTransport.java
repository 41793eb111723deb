package io.claimline.claims.exchange.transport;

import io.claimline.claims.exchange.transport.TransferMetrics.Direction;
import io.claimline.claims.exchange.transport.TransferMetrics.Outcome;
import io.claimline.claims.exchange.transport.TransferMetrics.Result;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * The transport over SFTP (Apache MINA SSHD). One {@link SshClient} for the application ({@link #start()} and
 * {@link #close()} follow the Spring context); each call opens its own session, authenticates with the password
 * and closes it again — polling every few minutes does not need a connection held open, and a fresh session never
 * carries a half-broken channel from the last failure.
 *
 * <p>The server's host key must match the configured SHA-256 fingerprint ({@code ssh-keygen -lf} prints it as
 * {@code SHA256:...}); a mismatch is "refused", because it is either a changed server or someone in between, and
 * neither is fixed by retrying. {@code accept-any-host-key} exists for the local stack only (ADR 0026).
 */
public final class SftpTransport implements ClearinghouseTransport, AutoCloseable {

    /** Set on a session whose server key did not match, so the failure can be told apart from a network one. */
    private static final AttributeKey<Boolean> HOST_KEY_REJECTED = new AttributeKey<>();
    private static final Set<Integer> REFUSING_STATUSES = Set.of(SftpConstants.SSH_FX_PERMISSION_DENIED,
            SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH, SftpConstants.SSH_FX_WRITE_PROTECT,
            SftpConstants.SSH_FX_FILE_ALREADY_EXISTS, SftpConstants.SSH_FX_OP_UNSUPPORTED);

    /** What the transport needs to reach the server; the password is never printed. */
    public record Connection(String host, int port, String username, String password, String hostKeyFingerprint,
            boolean acceptAnyHostKey, Duration connectTimeout, Duration authTimeout, Duration ioTimeout) {

        @Override
        public String toString() {
            return "Connection[" + username + "@" + host + ":" + port + ", password=(hidden)]";
        }
    }

    private final Connection connection;
    private final String uploadDirectory;
    private final String downloadDirectory;
    private final long maxFileSize;
    private final TransferMetrics metrics;
    private final SshClient client;

    public SftpTransport(Connection connection, String uploadDirectory, String downloadDirectory, long maxFileSize,
            MeterRegistry meterRegistry) {
        this.connection = connection;
        this.uploadDirectory = trimTrailingSlash(uploadDirectory);
        this.downloadDirectory = trimTrailingSlash(downloadDirectory);
        this.maxFileSize = maxFileSize;
        this.metrics = new TransferMetrics(meterRegistry);
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeyVerifier(connection));
        // No ~/.ssh of whoever runs the service: only the configured password is offered.
        client.setKeyIdentityProvider(session -> List.of());
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, connection.connectTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(client, connection.authTimeout());
        // The SFTP client waits for each reply up to the session's idle timeout: that is the I/O timeout.
        CoreModuleProperties.IDLE_TIMEOUT.set(client, connection.ioTimeout());
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, connection.ioTimeout());
    }

    public void start() {
        client.start();
    }

    @Override
    public void close() {
        client.stop();
    }

    @Override
    public void send(OutboundFile file) {
        metrics.record(Direction.OUT, () -> inSession("send of '" + file.name() + "' to " + uploadDirectory, sftp -> {
            String target = uploadDirectory + "/" + file.name();
            SftpClient.Attributes existing = statIfPresent(sftp, target);
            if (existing != null) {
                if (existing.isRegularFile() && existing.getSize() == file.size()) {
                    return new Result<>(null, Outcome.SKIPPED);
                }
                throw TransportException.refused("'" + file.name() + "' is in " + uploadDirectory + " at "
                        + server() + " already with " + existing.getSize() + " bytes, not " + file.size()
                        + ": a different file, not overwritten", null);
            }
            String part = uploadDirectory + "/" + FileNames.partOf(file.name());
            // Create, truncate, write: a .part left by an earlier failed attempt is simply written over.
            try (OutputStream out = sftp.write(part)) {
                out.write(file.content());
            }
            sftp.rename(part, target);
            return new Result<>(null, Outcome.TRANSFERRED);
        }));
    }

    @Override
    public List<InboundFileRef> listInbound() {
        return inSession("listing of " + downloadDirectory, sftp -> {
            List<InboundFileRef> files = new ArrayList<>();
            // The handle API rather than readDir(path): that Iterable hides an SftpException (a missing directory)
            // in an UncheckedIOException.
            try (SftpClient.CloseableHandle directory = sftp.openDir(downloadDirectory)) {
                for (List<SftpClient.DirEntry> entries = sftp.readDir(directory); entries != null;
                        entries = sftp.readDir(directory)) {
                    for (SftpClient.DirEntry entry : entries) {
                        if (FileNames.isPlain(entry.getFilename()) && entry.getAttributes().isRegularFile()) {
                            files.add(new InboundFileRef(entry.getFilename(), entry.getAttributes().getSize()));
                        }
                    }
                }
            }
            files.sort(Comparator.comparing(InboundFileRef::name));
            return List.copyOf(files);
        });
    }

    @Override
    public byte[] fetch(InboundFileRef file) {
        return metrics.record(Direction.IN, () -> inSession("fetch of '" + file.name() + "' from "
                + downloadDirectory, sftp -> {
                    String source = downloadDirectory + "/" + file.name();
                    long size = sftp.stat(source).getSize();
                    if (size > maxFileSize) {
                        throw BoundedRead.tooLarge(file.name(), size, maxFileSize);
                    }
                    try (InputStream in = sftp.read(source)) {
                        return new Result<>(BoundedRead.readAtMost(in, maxFileSize, file.name()),
                                Outcome.TRANSFERRED);
                    }
                }));
    }

    @Override
    public void remove(InboundFileRef file) {
        inSession("removal of '" + file.name() + "' from " + downloadDirectory, sftp -> {
            try {
                sftp.remove(downloadDirectory + "/" + file.name());
            } catch (SftpException e) {
                if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                    throw e;
                }
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface SftpWork<T> {
        T run(SftpClient sftp) throws IOException;
    }

    /** Connects, authenticates, runs the work on one SFTP channel and closes everything; failures become
     * {@link TransportException}s that name {@code what} and the server, never the password. */
    private <T> T inSession(String what, SftpWork<T> work) {
        ClientSession session = null;
        try {
            try {
                session = client.connect(connection.username(), connection.host(), connection.port())
                        .verify(connection.connectTimeout()).getSession();
            } catch (IOException e) {
                throw TransportException.unavailable("The " + what + " failed: cannot connect to " + server()
                        + " (" + e.getClass().getSimpleName() + ")", e);
            }
            authenticate(session, what);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                return work.run(sftp);
            }
        } catch (SftpException e) {
            String status = SftpConstants.getStatusName(e.getStatus());
            throw REFUSING_STATUSES.contains(e.getStatus())
                    ? TransportException.refused("The " + what + " was refused by " + server() + ": " + status, e)
                    : TransportException.unavailable("The " + what + " failed at " + server() + ": " + status, e);
        } catch (IOException e) {
            throw TransportException.unavailable("The " + what + " failed at " + server() + ": "
                    + e.getClass().getSimpleName(), e);
        } finally {
            if (session != null) {
                session.close(true);
            }
        }
    }

    private void authenticate(ClientSession session, String what) throws IOException {
        session.addPasswordIdentity(connection.password());
        AuthFuture auth = session.auth();
        if (!auth.await(connection.authTimeout())) {
            throw TransportException.unavailable("The " + what + " failed: " + server() + " did not finish the "
                    + "login within " + connection.authTimeout(), null);
        }
        if (auth.isSuccess()) {
            return;
        }
        if (Boolean.TRUE.equals(session.getAttribute(HOST_KEY_REJECTED))) {
            throw TransportException.refused("The " + what + " was refused: the host key of " + server() + " does "
                    + "not match claimline.claims.clearinghouse.sftp.host-key-fingerprint", null);
        }
        if (session.isOpen()) {
            // The server is there and said no to the password (the cause's text names no secret either, but the
            // message is ours so that it stays that way).
            throw TransportException.refused("The " + what + " was refused: " + server() + " did not accept the "
                    + "login of user '" + connection.username() + "'", null);
        }
        throw TransportException.unavailable("The " + what + " failed: " + server() + " closed the connection "
                + "during the login", auth.getException());
    }

    private static SftpClient.Attributes statIfPresent(SftpClient sftp, String path) throws IOException {
        try {
            return sftp.stat(path);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return null;
            }
            throw e;
        }
    }

    private static ServerKeyVerifier hostKeyVerifier(Connection connection) {
        if (connection.acceptAnyHostKey()) {
            return (session, address, key) -> true;
        }
        String expected = HostKeyFingerprints.normalize(connection.hostKeyFingerprint());
        return (session, address, key) -> {
            boolean matches = expected.equals(
                    HostKeyFingerprints.normalize(KeyUtils.getFingerPrint(BuiltinDigests.sha256, key)));
            if (!matches) {
                session.setAttribute(HOST_KEY_REJECTED, Boolean.TRUE);
            }
            return matches;
        };
    }

    private String server() {
        return connection.host() + ":" + connection.port();
    }

    private static String trimTrailingSlash(String directory) {
        return directory.length() > 1 && directory.endsWith("/")
                ? directory.substring(0, directory.length() - 1) : directory;
    }
}
