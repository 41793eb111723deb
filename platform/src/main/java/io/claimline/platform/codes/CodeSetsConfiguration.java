package io.claimline.platform.codes;

import io.claimline.codesets.CodeKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Code sets for a service that checks codes (billing-service, claims-service): it names the API path of its code-set
 * endpoints ({@code claimline.code-sets.path}); a service without it has no code sets.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("claimline.code-sets.path")
@Import(CodeSetsController.class)
public class CodeSetsConfiguration {

    static final String CODES_METRIC = "claimline.code-sets.codes";

    @Bean
    CodeSetStore codeSetStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new CodeSetStore(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    StoredCodeSets loadedCodeSets(CodeSetStore store, MeterRegistry meters) {
        StoredCodeSets sets = new StoredCodeSets(store);
        for (CodeKind kind : CodeKind.values()) {
            // Per kind only: never a code or a clinic as a label.
            Gauge.builder(CODES_METRIC, () -> sets.codes(kind)).description("Codes loaded, by kind")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(meters);
        }
        return sets;
    }

    @Bean
    CodeFileLoads codeFileLoads(CodeSetStore store, Clock clock, MeterRegistry meters) {
        return new CodeFileLoads(store, clock, meters);
    }
}
