package io.claimline.simulator.core;

import io.claimline.web.config.StartupCheck;
import io.claimline.web.config.UnsafeConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Outside the {@code local} profile the simulator refuses to start, before any bean is made, without a submitter
 * secret or with the development one of payer-simulator-local.yml: a simulator reachable from a network would
 * otherwise answer anyone who has read this repository. The refusal names the setting, never a value.
 */
public class SimulatorSafeDefaults extends StartupCheck {

    static final String LOCAL_PROFILE = "local";
    static final String PASSWORD = "claimline.simulator.core.password";
    static final String LOCAL_SETTINGS = "payer-simulator-local.yml";

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
    }

    private static UnsafeConfigurationException refusal(String what) {
        return new UnsafeConfigurationException("The payer simulator " + what + " outside the '" + LOCAL_PROFILE
                + "' profile: anyone who has read this repository could submit to it.",
                "Set CLAIMLINE_SIMULATOR_CORE_PASSWORD (and CLAIMLINE_SIMULATOR_CORE_USERNAME) to values of your own, "
                        + "or, on a developer machine only, start with SPRING_PROFILES_ACTIVE=local "
                        + "(./claimline up does).");
    }

    static String developmentPassword() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(LOCAL_SETTINGS, new ClassPathResource(LOCAL_SETTINGS));
            return sources.stream().map(source -> source.getProperty(PASSWORD)).filter(Objects::nonNull)
                    .map(Object::toString).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCAL_SETTINGS, e);
        }
    }
}
