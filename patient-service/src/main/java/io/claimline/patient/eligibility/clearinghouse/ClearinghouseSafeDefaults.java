package io.claimline.patient.eligibility.clearinghouse;

import io.claimline.web.config.StartupCheck;
import io.claimline.web.config.UnsafeConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;

/**
 * Outside the {@code local} profile the service refuses to start with the clearinghouse password of
 * application-local.yml (the payer simulator's development secret): a real clearinghouse must not be called with a
 * value anyone can read here. The refusal names the setting, never the value.
 */
class ClearinghouseSafeDefaults extends StartupCheck {

    static final String PASSWORD = "claimline.clearinghouse.password";
    static final String LOCAL_SETTINGS = "application-local.yml";

    @Override
    protected void verify(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            return;
        }
        String password = environment.getProperty(PASSWORD);
        if (password != null && password.equals(developmentPassword())) {
            throw new UnsafeConfigurationException("The clearinghouse password (" + PASSWORD + ") is still the "
                    + "development value of " + LOCAL_SETTINGS + " outside the 'local' profile.",
                    "Set CLAIMLINE_CLEARINGHOUSE_PASSWORD from your secret store, or, on a developer machine only, "
                            + "start with SPRING_PROFILES_ACTIVE=local (./claimline up does).");
        }
    }

    static String developmentPassword() {
        try {
            return new YamlPropertySourceLoader().load(LOCAL_SETTINGS, new ClassPathResource(LOCAL_SETTINGS)).stream()
                    .map(source -> source.getProperty(PASSWORD)).filter(Objects::nonNull).map(Object::toString)
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCAL_SETTINGS, e);
        }
    }
}
