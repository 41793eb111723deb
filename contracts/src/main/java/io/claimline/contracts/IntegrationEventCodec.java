package io.claimline.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Reads and writes the published JSON form of integration events. One mapper, configured here, so every
 * producer and consumer agrees on dates (ISO-8601 strings) and on tolerating fields added later.
 */
public final class IntegrationEventCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Additive changes within a version must not break older consumers.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public byte[] encode(IntegrationEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("integration event could not be written", e);
        }
    }

    public JsonNode toPayload(Object payload) {
        return mapper.valueToTree(payload);
    }

    /** Decodes an envelope, or fails with a reason fit for a dead-letter header (no values quoted). */
    public IntegrationEvent decode(byte[] json) {
        if (json == null || json.length == 0) {
            throw new MalformedIntegrationEventException("empty message");
        }
        try {
            return mapper.readValue(json, IntegrationEvent.class);
        } catch (MalformedIntegrationEventException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedIntegrationEventException("undecodable envelope: " + describe(e), e);
        }
    }

    public IntegrationEvent decode(String json) {
        return decode(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the payload as the given published type, failing with a reason naming only fields. */
    public <T> T payload(IntegrationEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.payload(), type);
        } catch (MalformedIntegrationEventException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedIntegrationEventException(
                    "undecodable " + event.type() + " v" + event.version() + " payload: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof MalformedIntegrationEventException m) {
                return m.getMessage();
            }
            root = root.getCause();
        }
        if (root instanceof MalformedIntegrationEventException m) {
            return m.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String path = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String kind = e instanceof InvalidFormatException ? "invalid value" : "wrong type or missing";
            return kind + " at " + path;
        }
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            return "not JSON (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ")";
        }
        return root.getClass().getSimpleName();
    }
}
