package io.claimline.platform.axon;

import java.time.Duration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Axon's event store, as its auto-configuration makes it, but waking its readers after the database commit
 * ({@link CommitAwareEventStore}) and, should a wake-up still find nothing, polling again after
 * {@code claimline.axon.event-fetch-delay} (default 100 ms) instead of 1 s. Ordered after Axon's JDBC configuration,
 * which makes the storage engine only while no event store exists, and before Axon's own event store.
 */
@AutoConfiguration(after = JdbcAutoConfiguration.class, before = AxonAutoConfiguration.class)
public class EventStoreAutoConfiguration {

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
            @Value("${claimline.axon.event-fetch-delay:100ms}") Duration fetchDelay) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis()));
    }
}
