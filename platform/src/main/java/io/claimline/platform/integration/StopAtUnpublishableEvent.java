package io.claimline.platform.integration;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processors' error handler: every failure propagates (the processor retries with back-off, so a broker or
 * database outage costs time, never an event), except an event that can never be published. Retrying that one
 * would loop forever and silently; instead its processor stops, the health turns DOWN naming the event, and the
 * log says the same once.
 */
public class StopAtUnpublishableEvent implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StopAtUnpublishableEvent.class);

    private final PublisherHealth health;
    private final Configuration configuration;

    public StopAtUnpublishableEvent(PublisherHealth health, Configuration configuration) {
        this.health = health;
        this.configuration = configuration;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        UnpublishableEventException stuck = find(context.error());
        if (stuck != null) {
            health.stuck(context.eventProcessor(), stuck.eventId(), stuck.aggregateId(), stuck.reason());
            log.error("Publisher {} stopped at event {} of aggregate {}: {}", context.eventProcessor(),
                    stuck.eventId(), stuck.aggregateId(), stuck.reason());
            configuration.eventProcessingConfiguration().eventProcessor(context.eventProcessor())
                    .ifPresent(EventProcessor::shutdownAsync);
        }
        PropagatingErrorHandler.instance().handleError(context);
    }

    private static UnpublishableEventException find(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnpublishableEventException unpublishable) {
                return unpublishable;
            }
        }
        return null;
    }
}
