package io.claimline.platform.config;

import io.claimline.platform.documents.DocumentsConfiguration;
import io.claimline.web.config.StartupCheck;
import io.claimline.web.config.UnsafeConfigurationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Outside the {@code local} profile a service refuses to start, before any bean is made, when a secret it needs is
 * missing or still has a development value (claimline-platform-local.properties). The refusal names the settings
 * and what to do, never a value.
 */
public class SafeSecrets extends StartupCheck {

    /** Secrets every service needs: its database password and its idempotency fingerprint key. */
    static final List<String> ALWAYS = List.of("spring.datasource.password", "claimline.idempotency.fingerprint-key");


    @Override
    protected void verify(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(LocalProfileDefaults.LOCAL_PROFILE))) {
            return;
        }
        List<String> required = new ArrayList<>(ALWAYS);
        // A service names its own (patient-service: the vault's master key; a service that stores documents:
        // claimline.documents.key).
        required.addAll(List.of(environment.getProperty("claimline.required-secrets", String[].class,
                new String[0])));
        if (environment.containsProperty("claimline.phi.vault.client-id")) {
            required.add("claimline.phi.vault.client-secret");
        }
        // A document key that is set turns the encrypted document store on (DocumentsConfiguration), so it must be
        // a real one even where the service forgot to list it; a service that needs the store lists it as well, so
        // that a missing key also stops the start.
        if (environment.containsProperty(DocumentsConfiguration.KEY)
                && !required.contains(DocumentsConfiguration.KEY)) {
            required.add(DocumentsConfiguration.KEY);
        }
        var development = LocalProfileDefaults.developmentValues();
        List<String> missing = new ArrayList<>();
        List<String> wellKnown = new ArrayList<>();
        for (String key : required) {
            String value = environment.getProperty(key);
            if (value == null || value.isBlank()) {
                missing.add(key);
            } else if (value.equals(development.getProperty(key)) || value.endsWith("-service-secret")) {
                wellKnown.add(key);
            }
        }
        if (missing.isEmpty() && wellKnown.isEmpty()) {
            return;
        }
        StringBuilder why = new StringBuilder("This service would run with unsafe secrets outside the '")
                .append(LocalProfileDefaults.LOCAL_PROFILE).append("' profile:");
        if (!missing.isEmpty()) {
            why.append(" missing ").append(String.join(", ", missing)).append(';');
        }
        if (!wellKnown.isEmpty()) {
            why.append(" still the development value of ").append(String.join(", ", wellKnown)).append(';');
        }
        throw new UnsafeConfigurationException(why.append(" anyone who has read this repository would hold them.")
                .toString(),
                "Set each from your secret store (environment: SPRING_DATASOURCE_PASSWORD, "
                        + "CLAIMLINE_IDEMPOTENCY_FINGERPRINT_KEY, CLAIMLINE_PHI_MASTER_KEY, "
                        + "CLAIMLINE_PHI_VAULT_CLIENT_SECRET, CLAIMLINE_DOCUMENTS_KEY; keys are 32 random bytes, "
                        + "base64), or, on a developer machine only, start with SPRING_PROFILES_ACTIVE=local "
                        + "(./claimline up does).");
    }
}
