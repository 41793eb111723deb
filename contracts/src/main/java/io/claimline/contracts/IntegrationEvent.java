package io.claimline.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The envelope of every integration event on Kafka (see docs/event-catalog). The payload stays a JSON tree
 * here so that a consumer decides which published type and version it understands.
 *
 * @param eventId the stored internal event's own id: a re-publication after a crash carries the same id
 * @param type the published event type, e.g. {@code PatientRegistered}; never a Java class name
 * @param version the contract version of the payload
 * @param sequence the aggregate's event sequence number, for ordering checks
 */
public record IntegrationEvent(
        String eventId,
        String type,
        int version,
        Instant occurredAt,
        String aggregateType,
        String aggregateId,
        Long sequence,
        String clinicId,
        String correlationId,
        String causationId,
        JsonNode payload) {

    public IntegrationEvent {
        requireText(eventId, "eventId");
        requireText(type, "type");
        requireText(aggregateType, "aggregateType");
        requireText(aggregateId, "aggregateId");
        requireText(clinicId, "clinicId");
        Require.present(occurredAt, "occurredAt");
        if (Require.present(sequence, "sequence") < 0) {
            throw new MalformedIntegrationEventException("sequence must not be negative");
        }
        if (version < 1) {
            throw new MalformedIntegrationEventException("version must be 1 or more");
        }
        if (payload == null || !payload.isObject()) {
            throw new MalformedIntegrationEventException("payload must be a JSON object");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MalformedIntegrationEventException(field + " is missing");
        }
    }
}
