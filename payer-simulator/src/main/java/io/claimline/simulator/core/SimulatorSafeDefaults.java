package io.claimline.simulator.core;

import io.claimline.web.config.StartupCheck;
import io.claimline.web.config.UnsafeConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Outside the {@code local} profile the simulator refuses to start, before any bean is made, without a submitter
 * secret or with the development one of payer-simulator-local.yml: a simulator reachable from a network would
 * otherwise answer anyone who has read this repository. The same holds for the clearinghouse's SFTP password when
 * the clearinghouse is on. The refusal names the setting, never a value.
 */
public class SimulatorSafeDefaults extends StartupCheck {

    static final String LOCAL_PROFILE = "local";
    static final String PASSWORD = "claimline.simulator.core.password";
    static final String LOCAL_SETTINGS = "payer-simulator-local.yml";
    static final String SFTP_ENABLED = "claimline.simulator.clearinghouse.enabled";
    static final String SFTP_PASSWORD = "claimline.simulator.clearinghouse.password";
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{[^:}]+:(.*)}");

    @Override
    protected void verify(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        String password = environment.getProperty(PASSWORD);
        if (password == null || password.isBlank()) {
            throw refusal("has no submitter secret (" + PASSWORD + ")");
        }
        if (password.equals(developmentPassword())) {
            throw refusal("still uses the development value of " + PASSWORD);
        }
        if (environment.getProperty(SFTP_ENABLED, Boolean.class, false)) {
            String sftpPassword = environment.getProperty(SFTP_PASSWORD);
            if (sftpPassword == null || sftpPassword.isBlank()) {
                throw sftpRefusal("has no SFTP password (" + SFTP_PASSWORD + ")");
            }
            if (sftpPassword.equals(developmentValue(SFTP_PASSWORD))) {
                throw sftpRefusal("still uses the development value of " + SFTP_PASSWORD);
            }
        }
    }

    private static UnsafeConfigurationException sftpRefusal(String what) {
        return new UnsafeConfigurationException("The payer simulator's clearinghouse " + what + " outside the '"
                + LOCAL_PROFILE + "' profile: anyone who has read this repository could log in to its SFTP server.",
                "Set CLAIMLINE_SIMULATOR_SFTP_PASSWORD to a value of your own, or turn the clearinghouse off "
                        + "(" + SFTP_ENABLED + "=false), or, on a developer machine only, start with "
                        + "SPRING_PROFILES_ACTIVE=local (./claimline up does).");
    }

    private static UnsafeConfigurationException refusal(String what) {
        return new UnsafeConfigurationException("The payer simulator " + what + " outside the '" + LOCAL_PROFILE
                + "' profile: anyone who has read this repository could submit to it.",
                "Set CLAIMLINE_SIMULATOR_CORE_PASSWORD (and CLAIMLINE_SIMULATOR_CORE_USERNAME) to values of your own, "
                        + "or, on a developer machine only, start with SPRING_PROFILES_ACTIVE=local "
                        + "(./claimline up does).");
    }

    static String developmentPassword() {
        return developmentValue(PASSWORD);
    }

    /** A setting's value in the local profile's file; for "${VARIABLE:value}", the value. */
    static String developmentValue(String key) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(LOCAL_SETTINGS, new ClassPathResource(LOCAL_SETTINGS));
            return sources.stream().map(source -> source.getProperty(key)).filter(Objects::nonNull)
                    .map(Object::toString).map(value -> {
                        Matcher placeholder = PLACEHOLDER_DEFAULT.matcher(value);
                        return placeholder.matches() ? placeholder.group(1) : value;
                    }).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCAL_SETTINGS, e);
        }
    }
}
