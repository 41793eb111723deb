package io.claimline.gateway.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The built-in authorization server of the local stack: its issuer, token lifetime, and the seeded clients and
 * users. Secrets and passwords may be given plain (encoded with bcrypt at start) or already encoded
 * ({@code {bcrypt}...}).
 *
 * @param issuer         the {@code iss} of every token and the base URL of the discovery document; it must be the
 *                       URL under which callers and services reach the gateway
 * @param accessTokenTtl access-token lifetime, at most 15 minutes (short-lived tokens limit a leaked one's use)
 * @param console        the public client of the web console (authorization code with PKCE)
 * @param clients        confidential clients (client credentials): clinic systems, each bound to one clinic, and
 *                       Claimline's own services (roles exactly {@code [service]}, no clinic)
 * @param users          people who sign in through the login form, each bound to one clinic
 * @param audience       the {@code aud} of every access token: the API they are meant for ({@code claimline-api});
 *                       the gateway and the services accept no token without it, so an id_token never
 *                       authenticates
 * @param signingKeyFile the JWK set (JSON) holding the RS256 signing key, read at start, or generated and written
 *                       (mode 600) when absent; so tokens survive a restart. Required outside the {@code local}
 *                       profile (a mounted key store); in the local profile without it, a key is made per start
 */
@ConfigurationProperties("claimline.auth")
public record AuthProperties(
        @DefaultValue("http://localhost:8080") String issuer,
        @DefaultValue("10m") Duration accessTokenTtl,
        @DefaultValue ConsoleClient console,
        List<ClientAccount> clients,
        List<UserAccount> users,
        @DefaultValue(AuthProperties.DEFAULT_AUDIENCE) String audience,
        Path signingKeyFile) {

    /** The audience of Claimline's API: the {@code aud} every access token carries. */
    public static final String DEFAULT_AUDIENCE = "claimline-api";

    static final Duration MAX_ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

    public AuthProperties {
        Assert.hasText(issuer, "claimline.auth.issuer is required");
        Assert.isTrue(!accessTokenTtl.isNegative() && !accessTokenTtl.isZero()
                        && accessTokenTtl.compareTo(MAX_ACCESS_TOKEN_TTL) <= 0,
                "claimline.auth.access-token-ttl must be positive and at most 15 minutes");
        Assert.hasText(audience, "claimline.auth.audience is required");
        clients = clients == null ? List.of() : List.copyOf(clients);
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** The role of Claimline's own services calling each other; it belongs to no clinic. */
    public static final String SERVICE_ROLE = "service";

    /**
     * A confidential client calling the API with its own identity (client credentials): a clinic system, bound to
     * one clinic, or one of Claimline's services, whose roles are exactly {@code [service]} and which may have no
     * clinic (it acts for every clinic, on internal paths the gateway never routes).
     */
    public record ClientAccount(String clientId, String secret, String clinicId, List<String> roles) {

        public ClientAccount {
            Assert.hasText(clientId, "claimline.auth.clients[].client-id is required");
            Assert.hasText(secret, () -> "a secret is required for client " + clientId);
            roles = roles == null ? List.of() : List.copyOf(roles);
            if (!isService(roles)) {
                Assert.hasText(clinicId, () -> "a clinic-id is required for client " + clientId
                        + " (only a client whose roles are exactly [" + SERVICE_ROLE + "] may have none)");
            }
            clinicId = clinicId == null || clinicId.isBlank() ? null : clinicId;
        }

        /** A service client: roles exactly {@code [service]}. */
        public boolean isService() {
            return isService(roles);
        }

        private static boolean isService(List<String> roles) {
            return roles != null && roles.equals(List.of(SERVICE_ROLE));
        }
    }

    /**
     * A person of one clinic with the roles that decide what they may do; a provider also has their NPI.
     *
     * @param npi the National Provider Identifier (10 digits, Luhn check digit over the 80840 prefix), or
     *            {@code null} for someone who is not a provider
     */
    public record UserAccount(String username, String password, String clinicId, List<String> roles, String npi) {

        public UserAccount {
            Assert.hasText(username, "claimline.auth.users[].username is required");
            Assert.hasText(password, () -> "a password is required for user " + username);
            Assert.hasText(clinicId, () -> "a clinic-id is required for user " + username);
            roles = roles == null ? List.of() : List.copyOf(roles);
            Assert.isTrue(!roles.contains(SERVICE_ROLE), () -> "user " + username + " cannot have the role "
                    + SERVICE_ROLE + ": it is for Claimline's service clients only");
            npi = npi == null || npi.isBlank() ? null : npi.strip();
            if (npi != null && !Npi.isValid(npi)) {
                throw new IllegalArgumentException("the npi of user " + username + " is not a valid NPI: "
                        + "it must be 10 digits whose last is the Luhn check digit computed with the 80840 prefix");
            }
        }
    }

    /** The browser console: a public client, so PKCE instead of a secret. */
    public record ConsoleClient(
            @DefaultValue("claimline-console") String clientId,
            @DefaultValue("http://127.0.0.1:8080/login/oauth2/code/claimline-console") List<String> redirectUris) {
    }
}
