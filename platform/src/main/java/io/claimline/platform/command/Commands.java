package io.claimline.platform.command;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.security.Actor;
import io.claimline.platform.security.CurrentActor;
import io.claimline.web.RequestIds;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends commands with the metadata every command must carry: the acting user, the clinic, the correlation id
 * and what caused it. Commands are handled in the calling thread and so join its database transaction.
 */
@Component
public class Commands {

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** A command on behalf of the authenticated caller of the current request. */
    public <R> R sendForCurrentRequest(Object command) {
        Actor actor = CurrentActor.get();
        MetaData metaData = MetaData.with(MetaDataKeys.USER_ID, actor.userId())
                .and(MetaDataKeys.CLINIC_ID, actor.clinicId())
                .and(MetaDataKeys.CORRELATION_ID, RequestIds.currentCorrelationId())
                .and(MetaDataKeys.CAUSATION_ID, RequestIds.currentRequestId());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /** A command a service issues because of an integration event it consumed. */
    public <R> R sendForIntegrationEvent(Object command, IntegrationEvent cause, String serviceName) {
        MetaData metaData = MetaData.with(MetaDataKeys.USER_ID, "service:" + serviceName)
                .and(MetaDataKeys.CLINIC_ID, cause.clinicId())
                .and(MetaDataKeys.CORRELATION_ID,
                        cause.correlationId() != null ? cause.correlationId() : cause.eventId())
                .and(MetaDataKeys.CAUSATION_ID, cause.eventId());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /**
     * A command a scheduled or batch run issues on behalf of {@code userId} (a user who asked for the run, or
     * {@code service:<name>}): one run is one cause, so its id is both correlation and causation.
     */
    public <R> R sendForRun(Object command, String clinicId, String userId, String runId) {
        MetaData metaData = MetaData.with(MetaDataKeys.USER_ID, userId)
                .and(MetaDataKeys.CLINIC_ID, clinicId)
                .and(MetaDataKeys.CORRELATION_ID, runId)
                .and(MetaDataKeys.CAUSATION_ID, runId);
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
