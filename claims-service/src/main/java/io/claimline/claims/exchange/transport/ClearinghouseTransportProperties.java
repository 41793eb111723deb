package io.claimline.claims.exchange.transport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code claimline.claims.clearinghouse.*}: how claims-service reaches its clearinghouse's file drop. Checked when
 * the service starts; a missing or contradictory setting stops it with the setting's name. (Which settings are safe
 * outside the local profile is {@link ClearinghouseTransportSafeDefaults}'s job.)
 *
 * @param transport         {@code sftp} or {@code directory}
 * @param uploadDirectory   the remote directory claims-service uploads into (the clearinghouse's {@code /in})
 * @param downloadDirectory the remote directory claims-service polls (the clearinghouse's {@code /out})
 * @param maxFileSize       larger inbound files are refused without being read
 */
@Validated
@ConfigurationProperties("claimline.claims.clearinghouse")
public record ClearinghouseTransportProperties(@NotNull Kind transport, @NotBlank String uploadDirectory,
        @NotBlank String downloadDirectory, @NotNull DataSize maxFileSize, @Valid Sftp sftp,
        @Valid Directory directory) {

    public enum Kind { SFTP, DIRECTORY }

    public ClearinghouseTransportProperties {
        uploadDirectory = uploadDirectory == null ? "/in" : uploadDirectory;
        downloadDirectory = downloadDirectory == null ? "/out" : downloadDirectory;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(64) : maxFileSize;
        sftp = sftp == null ? new Sftp(null, null, null, null, null, false, null, null, null) : sftp;
        directory = directory == null ? new Directory(null, null) : directory;
    }

    /**
     * @param hostKeyFingerprint the server's SHA-256 host key fingerprint, {@code SHA256:...}
     * @param acceptAnyHostKey   skip the host key check: the local profile only
     * @param ioTimeout          the longest wait for one SFTP reply
     */
    public record Sftp(String host, @Min(1) @Max(65535) Integer port, String username, String password,
            String hostKeyFingerprint, boolean acceptAnyHostKey, Duration connectTimeout, Duration authTimeout,
            Duration ioTimeout) {

        public Sftp {
            port = port == null ? 22 : port;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
            authTimeout = authTimeout == null ? Duration.ofSeconds(10) : authTimeout;
            ioTimeout = ioTimeout == null ? Duration.ofSeconds(60) : ioTimeout;
        }

        @Override
        public String toString() {
            return "Sftp[" + username + "@" + host + ":" + port + ", password=(hidden)]";
        }
    }

    /** The two local directories of the {@code directory} transport (a mounted clearinghouse share). */
    public record Directory(Path upload, Path download) {
    }

    @AssertTrue(message = "claimline.claims.clearinghouse.sftp.host and .username must be set for the sftp transport")
    public boolean isSftpServerNamed() {
        return transport != Kind.SFTP || (hasText(sftp.host()) && hasText(sftp.username()));
    }

    @AssertTrue(message = "claimline.claims.clearinghouse.sftp.password must be set for the sftp transport "
            + "(environment: CLAIMLINE_CLEARINGHOUSE_SFTP_PASSWORD)")
    public boolean isSftpPasswordSet() {
        return transport != Kind.SFTP || hasText(sftp.password());
    }

    @AssertTrue(message = "the sftp transport needs exactly one of claimline.claims.clearinghouse.sftp"
            + ".host-key-fingerprint (SHA256:... as ssh-keygen -lf prints it) and .accept-any-host-key=true "
            + "(local profile only)")
    public boolean isSftpHostKeyCheckChosen() {
        return transport != Kind.SFTP || (hasText(sftp.hostKeyFingerprint()) != sftp.acceptAnyHostKey());
    }

    @AssertTrue(message = "claimline.claims.clearinghouse.sftp.host-key-fingerprint must look like "
            + "SHA256:<43 base64 characters>, as ssh-keygen -lf prints it")
    public boolean isSftpHostKeyFingerprintWellFormed() {
        return !hasText(sftp.hostKeyFingerprint()) || HostKeyFingerprints.isWellFormed(sftp.hostKeyFingerprint());
    }

    @AssertTrue(message = "claimline.claims.clearinghouse.sftp connect-timeout, auth-timeout and io-timeout must "
            + "be positive")
    public boolean isSftpTimeoutsPositive() {
        return positive(sftp.connectTimeout()) && positive(sftp.authTimeout()) && positive(sftp.ioTimeout());
    }

    @AssertTrue(message = "claimline.claims.clearinghouse.directory.upload and .download must be set for the "
            + "directory transport")
    public boolean isDirectoriesSet() {
        return transport != Kind.DIRECTORY || (directory.upload() != null && directory.download() != null);
    }

    @AssertTrue(message = "claimline.claims.clearinghouse.max-file-size must be positive")
    public boolean isMaxFileSizePositive() {
        return maxFileSize.toBytes() > 0;
    }

    @Override
    public String toString() {
        return "ClearinghouseTransportProperties[transport=" + transport + ", sftp=" + sftp + "]";
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
