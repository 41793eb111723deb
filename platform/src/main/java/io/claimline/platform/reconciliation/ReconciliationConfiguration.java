package io.claimline.platform.reconciliation;

import java.time.Duration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Read-model reconciliation and rebuilds, for every service (one without projections has nothing to do). */
@Configuration(proxyBeanMethods = false)
@Import(ReadModelsController.class)
public class ReconciliationConfiguration {

    @Bean
    static Projections projections(ApplicationContext context) {
        return new Projections(context);
    }

    @Bean
    ReadModelReconciliation readModelReconciliation(Projections projections, EventProcessingConfiguration processing,
            EventStorageEngine events, TransactionTemplate transaction, org.axonframework.config.Configuration axon,
            JdbcTemplate jdbc, @Value("${claimline.reconciliation.live-timeout:30s}") Duration liveTimeout) {
        return new ReadModelReconciliation(projections, new LiveProcessors(processing, events, jdbc),
                new ShadowReplay(events, transaction, axon), new ReadModelComparison(jdbc), jdbc, liveTimeout);
    }

    @Bean
    ReadModelRebuilds readModelRebuilds(Projections projections, EventProcessingConfiguration processing,
            EventStorageEngine events, JdbcTemplate jdbc) {
        return new ReadModelRebuilds(projections, new LiveProcessors(processing, events, jdbc));
    }
}
