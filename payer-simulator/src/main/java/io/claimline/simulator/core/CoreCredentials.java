package io.claimline.simulator.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one submitter the simulator accepts (HTTP Basic, {@code claimline.simulator.core.username/password}). The
 * local profile holds development values; elsewhere {@link SimulatorSafeDefaults} refuses a start without a
 * secret of one's own.
 */
@ConfigurationProperties("claimline.simulator.core")
public record CoreCredentials(String username, String password) {

    /** Whether an Authorization header carries these credentials; compared in constant time. */
    public boolean accept(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || username == null || password == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
