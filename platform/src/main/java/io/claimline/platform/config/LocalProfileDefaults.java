package io.claimline.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * In the {@code local} profile, and only there, the development values of claimline-platform-local.properties
 * fill in whatever the service and its environment leave unset (database user, keys, the vault client's secret).
 * Anywhere else they do not exist, so a forgotten secret is missing rather than silently well-known.
 */
public class LocalProfileDefaults implements EnvironmentPostProcessor {

    public static final String LOCAL_PROFILE = "local";
    static final String LOCAL_DEFAULTS = "claimline-platform-local.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        environment.getPropertySources().addLast(developmentValues());
    }

    static ResourcePropertySource developmentValues() {
        try {
            return new ResourcePropertySource("claimlineLocalProfileDefaults", new ClassPathResource(LOCAL_DEFAULTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
