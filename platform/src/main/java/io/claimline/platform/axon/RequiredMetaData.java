package io.claimline.platform.axon;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Every command carries who acts, for which clinic and why, whoever sends it: a controller, a Kafka consumer, a
 * deadline or a saga (the last two inherit it through the correlation data providers). A command without it is
 * refused at dispatch, before any event is stored, because its events could never be published: the integration
 * envelope needs the clinic.
 */
public class RequiredMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final List<String> REQUIRED = List.of(MetaDataKeys.USER_ID, MetaDataKeys.CLINIC_ID,
            MetaDataKeys.CORRELATION_ID);

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            for (String key : REQUIRED) {
                Object value = command.getMetaData().get(key);
                if (!(value instanceof String text) || text.isBlank()) {
                    throw new MissingMetaDataException(command.getCommandName(), key);
                }
            }
            return command;
        };
    }

    /** A programming error, not bad input: the sender did not go through {@code Commands}. */
    public static class MissingMetaDataException extends IllegalStateException {
        MissingMetaDataException(String command, String key) {
            super("command " + command + " carries no " + key + " metadata; send it through Commands");
        }
    }
}
