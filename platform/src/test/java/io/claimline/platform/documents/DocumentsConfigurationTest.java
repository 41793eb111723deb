package io.claimline.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store exists exactly when the service has a key-encryption key. */
class DocumentsConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DocumentsConfiguration.class)
            // Nothing connects while the context starts: the store touches the database only when used.
            .withBean(JdbcTemplate.class, () -> new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql:none")))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void aServiceWithoutADocumentKeyHasNoStore() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EncryptedDocuments.class));
    }

    @Test
    void aServiceWithADocumentKeyHasTheStore() {
        runner.withPropertyValues("claimline.documents.key=bG9jYWwtZGV2LW9ubHktZG9jdW1lbnRzLWtleS0zMmI=")
                .run(context -> assertThat(context).hasSingleBean(EncryptedDocuments.class));
    }

    @Test
    void aKeyOfTheWrongLengthStopsTheStart() {
        runner.withPropertyValues("claimline.documents.key=c2hvcnQ=")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessage("claimline.documents.key must be 32 random bytes (base64)"));
    }
}
