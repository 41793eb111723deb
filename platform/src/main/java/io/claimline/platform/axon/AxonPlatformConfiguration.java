package io.claimline.platform.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring shared by every service. Storage (JDBC event and token store, dead-letter queue) comes from
 * Axon's auto-configuration on the service's DataSource; the schema is Flyway's (db/platform).
 */
@Configuration(proxyBeanMethods = false)
public class AxonPlatformConfiguration {

    /** Who acted and for which clinic travels from each command to the events it causes. */
    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.USER_ID, MetaDataKeys.CLINIC_ID);
    }

    /**
     * Causation is the message that directly caused this one; correlation is kept from the first message of the
     * chain (the outside request), or starts at this message when there is none.
     */
    @Bean
    CorrelationDataProvider originCorrelationDataProvider() {
        return new MessageOriginProvider(MetaDataKeys.CAUSATION_ID, MetaDataKeys.CORRELATION_ID);
    }

    /**
     * Axon's default logs a failing event handler and skips the event. Here a failure propagates: a processing
     * group with a dead-letter queue parks the event's sequence there; any other group (a publisher) stops and
     * retries with back-off until the cause (a broker or database outage) is gone.
     */
    @Autowired
    void propagateHandlerErrors(EventProcessingConfigurer configurer) {
        configurer.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
        configurer.registerDefaultErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
