package io.claimline.platform.documents;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The encrypted document store, for a service that has a key-encryption key ({@code claimline.documents.key}); a
 * service without one has no store. A service that needs the store lists the key in
 * {@code claimline.required-secrets}, so that outside the local profile a missing key stops the start (SafeSecrets)
 * instead of leaving the service without its store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DocumentsConfiguration.KEY)
public class DocumentsConfiguration {

    public static final String KEY = "claimline.documents.key";

    @Bean
    EncryptedDocuments encryptedDocuments(JdbcTemplate jdbc, Clock clock, MeterRegistry meters,
            @Value("${" + KEY + "}") String key,
            @Value("${claimline.documents.previous-keys:}") List<String> previousKeys) {
        // Outside the local profile a blank or development key has already stopped the start (SafeSecrets).
        return new EncryptedDocuments(jdbc, new DocumentCipher(key,
                previousKeys.stream().filter(k -> !k.isBlank()).toList()), clock, meters);
    }
}
