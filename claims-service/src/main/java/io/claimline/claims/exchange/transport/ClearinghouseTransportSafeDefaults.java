package io.claimline.claims.exchange.transport;

import io.claimline.web.config.StartupCheck;
import io.claimline.web.config.UnsafeConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Outside the {@code local} profile the SFTP transport refuses to start without a real password (missing, or still
 * the development one of application-local.yml) and with {@code accept-any-host-key}: a clearinghouse reached with a
 * password anyone can read, or without checking whom we hand 837s full of PHI to, is not a configuration to run
 * with. Like the platform's SafeSecrets it runs before any bean is made and names settings, never values.
 */
class ClearinghouseTransportSafeDefaults extends StartupCheck {

    static final String PREFIX = "claimline.claims.clearinghouse.";
    static final String PASSWORD = PREFIX + "sftp.password";
    static final String ACCEPT_ANY_HOST_KEY = PREFIX + "sftp.accept-any-host-key";
    static final String LOCAL_SETTINGS = "application-local.yml";

    @Override
    protected void verify(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("local"))
                || !"sftp".equalsIgnoreCase(environment.getProperty(PREFIX + "transport", "sftp"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String password = environment.getProperty(PASSWORD);
        if (password == null || password.isBlank()) {
            problems.add(PASSWORD + " is missing");
        } else if (password.equals(developmentPassword())) {
            problems.add(PASSWORD + " is still the development value of " + LOCAL_SETTINGS);
        }
        if (environment.getProperty(ACCEPT_ANY_HOST_KEY, Boolean.class, false)) {
            problems.add(ACCEPT_ANY_HOST_KEY + " is true, so any server could pose as the clearinghouse");
        }
        if (!problems.isEmpty()) {
            throw new UnsafeConfigurationException("The clearinghouse SFTP transport would run unsafely outside the "
                    + "'local' profile: " + String.join("; ", problems) + ".",
                    "Set CLAIMLINE_CLEARINGHOUSE_SFTP_PASSWORD from your secret store and "
                            + PREFIX + "sftp.host-key-fingerprint to the server's SHA256 fingerprint (ssh-keygen -lf), "
                            + "or, on a developer machine only, start with SPRING_PROFILES_ACTIVE=local "
                            + "(./claimline up does).");
        }
    }

    /** The local profile's password, with a {@code ${ENV:default}} placeholder read as its default. */
    static String developmentPassword() {
        try {
            Object raw = new YamlPropertySourceLoader().load(LOCAL_SETTINGS, new ClassPathResource(LOCAL_SETTINGS))
                    .stream().map(source -> source.getProperty(PASSWORD)).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            return raw == null ? null : new PropertyPlaceholderHelper("${", "}", ":", null, true)
                    .replacePlaceholders(raw.toString(), name -> null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCAL_SETTINGS, e);
        }
    }
}
