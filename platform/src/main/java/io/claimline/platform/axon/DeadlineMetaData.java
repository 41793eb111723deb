package io.claimline.platform.axon;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Deadlines carry the metadata of what scheduled them: when one is scheduled, the scheduling message's correlation
 * data (user, clinic, correlation, causation) is stored with it (Axon's deadline managers store only what their
 * dispatch interceptors add). When it fires, the acting user becomes the service ({@code service:<name>}) and the
 * cause the deadline itself, while the clinic and correlation id stay; the correlation data providers then put
 * these on whatever the handler causes.
 */
class DeadlineMetaData implements MessageDispatchInterceptor<DeadlineMessage<?>>,
        MessageHandlerInterceptor<DeadlineMessage<?>> {

    private final String actor;

    DeadlineMetaData(String service) {
        this.actor = "service:" + service;
    }

    @Override
    public BiFunction<Integer, DeadlineMessage<?>, DeadlineMessage<?>> handle(
            List<? extends DeadlineMessage<?>> messages) {
        return (index, deadline) -> CurrentUnitOfWork.isStarted()
                ? deadline.andMetaData(CurrentUnitOfWork.get().getCorrelationData())
                : deadline;
    }

    @Override
    public Object handle(UnitOfWork<? extends DeadlineMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        unitOfWork.transformMessage(deadline -> deadline.andMetaData(Map.of(
                MetaDataKeys.USER_ID, actor,
                MetaDataKeys.CAUSATION_ID, deadline.getIdentifier())));
        // A deadline's unit of work has no correlation data providers of its own (buses add theirs): without this,
        // the events and commands of a deadline handler would carry no metadata at all.
        unitOfWork.registerCorrelationDataProvider(AxonPlatformConfiguration.AUDIT_METADATA);
        return chain.proceed();
    }
}
