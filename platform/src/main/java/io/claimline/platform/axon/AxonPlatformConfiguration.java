package io.claimline.platform.axon;

import io.claimline.platform.integration.PublisherHealth;
import io.claimline.platform.integration.StopAtUnpublishableEvent;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.EventProcessingConfigurer;
import java.time.Clock;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring shared by every service. Storage (JDBC event and token store, dead-letter queue) comes from
 * Axon's auto-configuration on the service's DataSource; the schema is Flyway's (db/platform).
 */
@Configuration(proxyBeanMethods = false)
public class AxonPlatformConfiguration {

    /**
     * Who acted, for which clinic, and why travel from each command to the events it causes. The causation id
     * is kept as the command carries it (the HTTP request id or the consumed integration event's id) rather than
     * the command's own id, because commands are not stored: an auditor can follow only stored ids.
     */
    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return AUDIT_METADATA;
    }

    static final CorrelationDataProvider AUDIT_METADATA = new SimpleCorrelationDataProvider(MetaDataKeys.USER_ID,
            MetaDataKeys.CLINIC_ID, MetaDataKeys.CORRELATION_ID, MetaDataKeys.CAUSATION_ID);

    /** Events are stamped by Axon's own clock: make it the injected one, so all timestamps share one source. */
    @Autowired
    void stampEventsWithTheInjectedClock(Clock clock) {
        GenericEventMessage.clock = clock;
    }

    /** Sagas are stored in the service's own database, as bytea (V5__deadlines_and_sagas.sql). */
    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /**
     * A deadline acts as the service itself, caused by the deadline; the clinic and correlation it was scheduled
     * with stay. Commands and events its handler produces carry this, like everything else.
     */
    @Bean
    ConfigurerModule deadlinesActAsTheService(@Value("${spring.application.name}") String service) {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(
                Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> {
                    DeadlineMetaData metaData = new DeadlineMetaData(service);
                    configuration.deadlineManager().registerDispatchInterceptor(metaData);
                    configuration.deadlineManager().registerHandlerInterceptor(metaData);
                }));
    }

    /** A lost race to append an aggregate's next event becomes Axon's concurrency conflict (409). */
    @Bean
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    /**
     * Axon's default logs a failing event handler and skips the event. Here a failure propagates: a processing
     * group with a dead-letter queue parks the event's sequence there; any other group (a publisher) stops and
     * retries with back-off until the cause (a broker or database outage) is gone, or stops for good at an event
     * that can never be published ({@link StopAtUnpublishableEvent}).
     */
    @Autowired
    void propagateHandlerErrors(EventProcessingConfigurer configurer, PublisherHealth publishers) {
        configurer.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        configurer.registerDefaultErrorHandler(configuration -> new StopAtUnpublishableEvent(publishers,
                configuration));
    }

    /**
     * No command leaves without who, which clinic and why (see {@link RequiredMetaData}). Registered when Axon
     * starts, before any handler takes messages; asking Spring for the CommandBus here would be a bean cycle.
     */
    @Bean
    ConfigurerModule requireMetaDataOnEveryCommand() {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(
                Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> configuration.commandBus().registerDispatchInterceptor(new RequiredMetaData())));
    }
}
