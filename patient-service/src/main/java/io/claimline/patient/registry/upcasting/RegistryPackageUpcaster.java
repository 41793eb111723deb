package io.claimline.patient.registry.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * The registry's events moved from {@code io.claimline.patient.patient.api} to {@code io.claimline.patient.registry
 * .api}; events stored before the move name the old package as their payload type. This reads them under the new
 * names, unchanged otherwise, so the history stays replayable.
 */
@Component
public class RegistryPackageUpcaster extends SingleEventUpcaster {

    static final String OLD_PACKAGE = "io.claimline.patient.patient.api.";
    static final String NEW_PACKAGE = "io.claimline.patient.registry.api.";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().startsWith(OLD_PACKAGE);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String renamed = NEW_PACKAGE + representation.getType().getName().substring(OLD_PACKAGE.length());
        return representation.upcastPayload(new SimpleSerializedType(renamed, representation.getType().getRevision()),
                JsonNode.class, Function.identity());
    }
}
