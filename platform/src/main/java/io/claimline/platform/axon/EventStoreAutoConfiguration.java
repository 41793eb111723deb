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
 * Axon's event store, as its auto-configuration makes it, but polling the store after
 * {@code claimline.axon.event-fetch-delay} (default 100 ms) instead of 1 s when it found nothing. Axon wakes its
 * readers when its unit of work commits, which, joined to the request's Spring transaction, is before the database
 * commit: the wake-up finds nothing, and a projection or publisher would sleep up to a second before seeing the new
 * event (and every read-your-writes answer with it). Ordered after Axon's JDBC configuration, which makes the
 * storage engine only while no event store exists, and before Axon's own event store.
 */
@AutoConfiguration(after = JdbcAutoConfiguration.class, before = AxonAutoConfiguration.class)
public class EventStoreAutoConfiguration {

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
            @Value("${claimline.axon.event-fetch-delay:100ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }
}
