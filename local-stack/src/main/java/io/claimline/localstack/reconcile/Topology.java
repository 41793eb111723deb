package io.claimline.localstack.reconcile;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the reconciliation must know of the services, in one place: the published topic, which stored event becomes
 * which published type (patient-service's PatientEventsPublisher), which types each consumer applies (its
 * PatientEventsListener; the others it counts as ignored and keeps no inbox row for), where each service's operators'
 * endpoints live (claimline.operations.path), and the tables whose versions N5 checks. Change it with them.
 */
final class Topology {

    static final String PATIENT = "patient-service";
    static final String BILLING = "billing-service";
    static final String CLAIMS = "claims-service";
    static final String COLLECTIONS = "collections-service";

    static final String TOPIC = "patients.patient-events.v1";
    static final String REGISTERED_EVENT = "PatientRegisteredEvent";

    /** Stored payload type (simple name: older events may name another package) to published type. */
    static final Map<String, String> PUBLISHED_TYPES = Map.of(
            REGISTERED_EVENT, "PatientRegistered",
            "PatientDemographicsChangedEvent", "PatientDemographicsChanged",
            "PatientDataErasedEvent", "PatientErased");

    /** Consumer (service name = consumer group) to the published types it applies. */
    static final Map<String, Set<String>> ROUTED_TYPES = Map.of(
            BILLING, Set.of("PatientRegistered"),
            CLAIMS, Set.of("PatientRegistered", "PatientDemographicsChanged"),
            COLLECTIONS, Set.of("PatientRegistered"));

    static final Map<String, String> OPERATIONS_PATHS = Map.of(
            PATIENT, "/api/patients/operations",
            BILLING, "/api/billing/operations",
            CLAIMS, "/api/claims/operations",
            COLLECTIONS, "/api/collections/operations");

    /** Services whose own event store holds aggregates (the others have empty stores). */
    static final Set<String> EVENT_SOURCED = Set.of(PATIENT, BILLING);

    /** Projection table per event-sourced service, with its aggregate id column; version = last sequence. */
    static final Map<String, String[]> VERSIONED_READ_MODELS = Map.of(
            PATIENT, new String[] {"rm_patient_summary", "patient_id"},
            BILLING, new String[] {"rm_patient_account", "account_id"});

    /** Consumers' read models that count the events applied to each patient ({@code applied_events}). */
    static final Map<String, String> COUNTING_READ_MODELS = Map.of(
            CLAIMS, "rm_patient_copy",
            COLLECTIONS, "rm_watched_patient");

    private Topology() {
    }

    static Optional<String> publishedType(String payloadType) {
        return Optional.ofNullable(PUBLISHED_TYPES.get(payloadType.substring(payloadType.lastIndexOf('.') + 1)));
    }

    static String deadLetterTopic(String consumerGroup) {
        return TOPIC + "." + consumerGroup + ".dlt";
    }
}
