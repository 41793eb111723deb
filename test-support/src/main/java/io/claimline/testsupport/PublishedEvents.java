package io.claimline.testsupport;

import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.IntegrationEventCodec;
import io.claimline.contracts.Topics;
import io.claimline.contracts.patients.v1.PatientDemographicsChanged;
import io.claimline.contracts.patients.v1.PatientRegistered;
import io.claimline.contracts.patients.v1.SealedValue;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Integration events as patient-service publishes them, for tests of the consuming services. */
public final class PublishedEvents {

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();

    private PublishedEvents() {
    }

    public static IntegrationEvent patientRegistered(String patientId, String clinicId) {
        Instant at = Instant.parse("2026-11-27T09:15:30Z");
        SealedValue sealed = new SealedValue(UUID.randomUUID().toString(), "c2VhbGVkLWluLXRlc3Rz");
        return new IntegrationEvent(UUID.randomUUID().toString(), PatientRegistered.TYPE, PatientRegistered.VERSION,
                at, "Patient", patientId, 0L, clinicId, "corr-" + patientId, UUID.randomUUID().toString(),
                CODEC.toPayload(new PatientRegistered(patientId, sealed, sealed, sealed, at, null)));
    }

    public static IntegrationEvent patientDemographicsChanged(String patientId, String clinicId, long sequence) {
        Instant at = Instant.parse("2026-11-28T10:00:00Z");
        SealedValue sealed = new SealedValue(UUID.randomUUID().toString(), "Y2hhbmdlZC1pbi10ZXN0cw==");
        return new IntegrationEvent(UUID.randomUUID().toString(), PatientDemographicsChanged.TYPE,
                PatientDemographicsChanged.VERSION, at, "Patient", patientId, sequence, clinicId, "corr-" + patientId,
                UUID.randomUUID().toString(),
                CODEC.toPayload(new PatientDemographicsChanged(patientId, sealed, sealed, sealed, at, null, null)));
    }

    /** Sends the event the way the publisher does: key = aggregate id, event-id and type headers. */
    public static void send(KafkaTestClient kafka, String topic, IntegrationEvent event) {
        kafka.send(topic, event.aggregateId(), CODEC.encode(event),
                Map.of(Topics.HEADER_EVENT_ID, event.eventId(), Topics.HEADER_TYPE, event.type()));
    }
}
