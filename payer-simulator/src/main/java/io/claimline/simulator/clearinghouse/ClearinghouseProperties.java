package io.claimline.simulator.clearinghouse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The batch clearinghouse ({@code claimline.simulator.clearinghouse}): an SFTP server on {@code sftpPort} (0: any
 * free port, logged) for one user whose files live under {@code root/<username>} ({@code /in} for 837s,
 * {@code /out} for the answers), its host key at {@code hostKey}, the inbox polled every {@code pollInterval}, and
 * the claim rules (first match by subscriber member id; a claim no rule matches is accepted).
 */
@ConfigurationProperties("claimline.simulator.clearinghouse")
public record ClearinghouseProperties(boolean enabled, int sftpPort, Path root, String username, String password,
        Path hostKey, Duration pollInterval, int maxSegments, List<ClaimRule> claimRules) {

    public ClearinghouseProperties {
        claimRules = claimRules == null ? List.of() : List.copyOf(claimRules);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        username = username == null || username.isBlank() ? "claimline" : username;
        if (enabled) {
            if (sftpPort < 0 || sftpPort > 65535) {
                throw new IllegalArgumentException("claimline.simulator.clearinghouse.sftp-port must be 0 to 65535");
            }
            if (root == null || hostKey == null) {
                throw new IllegalArgumentException(
                        "claimline.simulator.clearinghouse.root and .host-key are required");
            }
            if (!username.matches("[A-Za-z0-9._-]{1,32}")) {
                throw new IllegalArgumentException("claimline.simulator.clearinghouse.username: letters, digits, "
                        + "'.', '_' or '-' (it names the user's directory)");
            }
            if (maxSegments < 10) {
                throw new IllegalArgumentException(
                        "claimline.simulator.clearinghouse.max-segments must be at least 10");
            }
        }
    }

    /** The first rule that matches the subscriber's member id. */
    public Optional<ClaimRule> match(String memberId) {
        return claimRules.stream().filter(rule -> rule.matches(memberId)).findFirst();
    }

    /** The user's home: what the SFTP client sees as {@code /}. */
    public Path home() {
        return root.resolve(username);
    }
}
