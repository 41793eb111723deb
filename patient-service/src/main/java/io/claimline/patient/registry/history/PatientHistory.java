package io.claimline.patient.registry.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimline.patient.vault.keys.PhiCipher;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.phi.SealedValue;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A patient's full history, read from the event store itself (not a read model): every event in order with who,
 * when and why, and its values with the sealed ones opened while the patient's key exists.
 */
@Component
public class PatientHistory {

    private final EventStore events;
    private final PhiCipher phi;
    private final ObjectMapper json;

    PatientHistory(EventStore events, PhiCipher phi, ObjectMapper json) {
        this.events = events;
        this.phi = phi;
        this.json = json;
    }

    /** One stored event as an auditor reads it. */
    public record Entry(long sequence, String type, Instant at, String by, String reason, JsonNode values) {
    }

    public List<Entry> of(String aggregateId) {
        return events.readEvents(aggregateId).asStream().map(this::entry).toList();
    }

    private Entry entry(DomainEventMessage<?> message) {
        JsonNode values = open(json.valueToTree(message.getPayload()));
        String reason = values.path("reason").isTextual() ? values.get("reason").asText() : null;
        String type = message.getPayloadType().getSimpleName().replaceFirst("Event$", "");
        return new Entry(message.getSequenceNumber(), type, message.getTimestamp(),
                (String) message.getMetaData().get(MetaDataKeys.USER_ID), reason, values);
    }

    /** Replaces every sealed value ({keyId, ciphertext}) by its plaintext, or null once the key is destroyed. */
    private JsonNode open(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.size() == 2 && object.has("keyId") && object.has("ciphertext")) {
                return phi.open(new SealedValue(object.get("keyId").asText(), object.get("ciphertext").asText()))
                        .<JsonNode>map(json.getNodeFactory()::textNode).orElse(json.getNodeFactory().nullNode());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(open(field.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, open(node.get(i)));
            }
        }
        return node;
    }
}
