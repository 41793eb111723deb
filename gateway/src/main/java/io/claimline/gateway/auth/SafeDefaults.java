package io.claimline.gateway.auth;

import io.claimline.web.config.StartupCheck;
import io.claimline.web.config.UnsafeConfigurationException;
import io.claimline.web.config.UnsafeConfigurationFailureAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Refuses to start a gateway that would be unsafe outside the local stack, before any bean is made. Only the
 * {@code local} profile may run the built-in authorization server with its well-known development secrets and a
 * signing key made at start. Without that profile:
 * <ul>
 *   <li>the local server is off, so an external issuer
 *       ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) is required;</li>
 *   <li>a local server switched on explicitly must not use any password or secret of the local profile
 *       ({@code application-local.yml}), and needs {@code claimline.auth.signing-key-file}.</li>
 * </ul>
 * A refusal is an {@link UnsafeConfigurationException}, which {@link UnsafeConfigurationFailureAnalyzer} reports.
 */
public class SafeDefaults extends StartupCheck {

    public static final String LOCAL_PROFILE = "local";
    static final String LOCAL_SERVER_ENABLED = "claimline.auth.local-server.enabled";
    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String SIGNING_KEY_FILE = "claimline.auth.signing-key-file";
    /** The local profile's settings, the one place the development secrets live. */
    static final String LOCAL_SETTINGS = "application-local.yml";


    @Override
    protected void verify(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        boolean localServer = environment.getProperty(LOCAL_SERVER_ENABLED, Boolean.class, false);
        if (!localServer) {
            if (isBlank(environment.getProperty(ISSUER_URI))) {
                throw new UnsafeConfigurationException("The gateway has no token issuer: the built-in "
                        + "authorization server runs only in the '" + LOCAL_PROFILE + "' profile, and no external "
                        + "OIDC issuer is configured (" + ISSUER_URI + "), so no token could ever be validated.",
                        "Set " + ISSUER_URI + " (env SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI) to your "
                        + "OIDC provider's issuer URL, or, on a developer machine only, start with "
                        + "SPRING_PROFILES_ACTIVE=" + LOCAL_PROFILE + " (./claimline up does).");
            }
            return;
        }
        AuthProperties configured = Binder.get(environment)
                .bind("claimline.auth", Bindable.of(AuthProperties.class)).orElse(null);
        List<String> development = configured == null ? List.of() : developmentSecretsIn(configured);
        if (!development.isEmpty()) {
            throw new UnsafeConfigurationException("The built-in authorization server is enabled outside the '"
                    + LOCAL_PROFILE + "' profile with development secrets still in place ("
                    + String.join(", ", development) + " use the well-known values of " + LOCAL_SETTINGS
                    + "), so anyone who has read this repository could sign in or obtain tokens.",
                    "Give every claimline.auth.clients[].secret and claimline.auth.users[].password a value of "
                    + "your own (bcrypt-encoded {bcrypt}... is accepted), or use an external OIDC provider ("
                    + LOCAL_SERVER_ENABLED + "=false and " + ISSUER_URI + ").");
        }
        if (configured == null || configured.signingKeyFile() == null) {
            throw new UnsafeConfigurationException("The built-in authorization server is enabled outside the '"
                    + LOCAL_PROFILE + "' profile without a token signing key file (" + SIGNING_KEY_FILE + "): a "
                    + "key made at start would invalidate every token at each restart and differ between instances.",
                    "Set " + SIGNING_KEY_FILE + " (env CLAIMLINE_AUTH_SIGNING_KEY_FILE) to a JWK set file on a "
                    + "mounted key store, readable by the gateway only; it is generated there (mode 600) if absent.");
        }
    }

    /** Which configured accounts still use a password or secret of the local profile: names only, never values. */
    static List<String> developmentSecretsIn(AuthProperties configured) {
        Set<String> known = developmentSecrets();
        List<String> found = new ArrayList<>();
        configured.clients().stream().filter(client -> known.contains(client.secret()))
                .forEach(client -> found.add("the secret of client " + client.clientId()));
        configured.users().stream().filter(user -> known.contains(user.password()))
                .forEach(user -> found.add("the password of user " + user.username()));
        return found;
    }

    /** Every password and secret the local profile ships. */
    static Set<String> developmentSecrets() {
        Set<String> secrets = new HashSet<>();
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(LOCAL_SETTINGS, new ClassPathResource(LOCAL_SETTINGS));
            new Binder(ConfigurationPropertySources.from(sources))
                    .bind("claimline.auth", AuthProperties.class)
                    .ifBound(local -> {
                        local.clients().forEach(client -> secrets.add(client.secret()));
                        local.users().forEach(user -> secrets.add(user.password()));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCAL_SETTINGS, e);
        }
        return secrets;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
