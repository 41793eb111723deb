package io.claimline.localstack.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the reconciliation must know of the services, as data and in one place: each integration topic with its
 * producer (service and so database), the aggregate type whose events go on it and which stored event becomes which
 * published type (the producer's {@code *EventsPublisher}: events it does not translate are not published); each
 * consumer (service name = consumer group) with the types it applies per topic (its {@code *EventsListener}: the
 * others it counts as ignored and keeps no inbox row for); the consumers' read models that count applications; where
 * each service's operators' endpoints live (claimline.operations.path), and the tables whose versions N5 checks.
 * Change it with them.
 */
final class Topology {

    static final String PATIENT = "patient-service";
    static final String BILLING = "billing-service";
    static final String CLAIMS = "claims-service";
    static final String COLLECTIONS = "collections-service";

    static final String PATIENT_EVENTS = "patients.patient-events.v1";
    static final String PAYER_EVENTS = "patients.payer-events.v1";
    static final String PRACTICE_EVENTS = "billing.practice-events.v1";
    static final String ENCOUNTER_EVENTS = "billing.encounter-events.v1";
    static final String ACCOUNT_EVENTS = "billing.account-events.v1";

    static final String REGISTERED_EVENT = "PatientRegisteredEvent";

    /**
     * An integration topic: who publishes it from which aggregate's events (Axon's aggregate type, the simple class
     * name), and the stored payload type (simple name: older events may name another package) to published type.
     */
    record Topic(String name, String producer, String aggregateType, Map<String, String> publishedTypes) {

        Optional<String> publishedType(String storedAggregateType, String payloadType) {
            if (!aggregateType.equals(storedAggregateType)) {
                return Optional.empty();
            }
            return Optional.ofNullable(publishedTypes.get(payloadType.substring(payloadType.lastIndexOf('.') + 1)));
        }

        String deadLetterTopic(String consumerGroup) {
            return name + "." + consumerGroup + ".dlt";
        }
    }

    /** A consuming service (its name is its consumer group) and the types it applies, per topic. */
    record Consumer(String service, Map<String, Set<String>> appliedTypes) {
    }

    /**
     * A consumer's read model that counts the events applied to each row ({@code applied_events}), for N4: a
     * duplicate application would show there. {@code perCoverage}: each counted event touches the coverages it names
     * (a reorder touches every coverage of its order), not its aggregate.
     */
    record Counting(String service, String topic, String table, String keyColumn, Set<String> types,
            boolean perCoverage) {
    }

    private static final Set<String> PAYER_TYPES = Set.of("PayerAdded", "PayerChanged", "PayerDeactivated",
            "PayerReactivated");
    private static final Set<String> PRACTICE_TYPES = Set.of("ClinicProfileChanged", "ProviderAdded",
            "ProviderChanged", "ProviderDeactivated", "LocationAdded", "LocationChanged");
    private static final Set<String> ENCOUNTER_TYPES = Set.of("EncounterConfirmed", "EncounterAmended",
            "EncounterVoided");
    private static final Set<String> COVERAGE_TYPES = Set.of("CoverageAdded", "CoverageChanged", "CoverageEnded",
            "CoveragesReordered");

    static final List<Topic> TOPICS = List.of(
            // PatientDemographicsVerified, PatientDeactivated, PossibleDuplicateDismissed and the Guarantor
            // aggregate's events stay inside patient-service.
            new Topic(PATIENT_EVENTS, PATIENT, "Patient", Map.ofEntries(
                    Map.entry(REGISTERED_EVENT, "PatientRegistered"),
                    Map.entry("PatientDemographicsChangedEvent", "PatientDemographicsChanged"),
                    Map.entry("PatientDataErasedEvent", "PatientErased"),
                    Map.entry("GuarantorAssignedEvent", "GuarantorAssigned"),
                    Map.entry("PatientMergedEvent", "PatientMerged"),
                    Map.entry("CoverageAddedEvent", "CoverageAdded"),
                    Map.entry("CoverageChangedEvent", "CoverageChanged"),
                    Map.entry("CoverageEndedEvent", "CoverageEnded"),
                    Map.entry("CoveragesReorderedEvent", "CoveragesReordered"),
                    Map.entry("EligibilityVerifiedEvent", "EligibilityChecked"),
                    Map.entry("EligibilityFailedEvent", "EligibilityChecked"))),
            new Topic(PAYER_EVENTS, PATIENT, "Payer", Map.of(
                    "PayerAddedEvent", "PayerAdded",
                    "PayerChangedEvent", "PayerChanged",
                    "PayerDeactivatedEvent", "PayerDeactivated",
                    "PayerReactivatedEvent", "PayerReactivated")),
            new Topic(PRACTICE_EVENTS, BILLING, "Practice", Map.of(
                    "ClinicProfileChangedEvent", "ClinicProfileChanged",
                    "ProviderAddedEvent", "ProviderAdded",
                    "ProviderChangedEvent", "ProviderChanged",
                    "ProviderDeactivatedEvent", "ProviderDeactivated",
                    "LocationAddedEvent", "LocationAdded",
                    "LocationChangedEvent", "LocationChanged")),
            // Recording an encounter and its provider review stay inside billing-service: only what makes it
            // billable (confirmation), corrects it after (amendment) or ends it (void) is published.
            new Topic(ENCOUNTER_EVENTS, BILLING, "Encounter", Map.of(
                    "EncounterConfirmedEvent", "EncounterConfirmed",
                    "EncounterAmendedEvent", "EncounterAmended",
                    "EncounterVoidedEvent", "EncounterVoided")),
            // The guarantor ledger's postings and statements. Each posting (and each half of a merge's transfer) is
            // also followed by a BalanceChanged under an id derived from the stored event's (AccountEventsPublisher):
            // not listed here, as nothing consumes the topic yet; collections will, and N4 must then learn it.
            new Topic(ACCOUNT_EVENTS, BILLING, "PatientAccount", Map.of(
                    "ChargePostedEvent", "ChargePosted",
                    "ChargeReversedEvent", "ChargeReversed",
                    "PaymentPostedEvent", "PaymentPosted",
                    "AdjustmentPostedEvent", "AdjustmentPosted",
                    "RefundIssuedEvent", "RefundIssued",
                    "ResponsibilityTransferredEvent", "ResponsibilityTransferred",
                    "StatementIssuedEvent", "StatementIssued")));

    static final List<Consumer> CONSUMERS = List.of(
            new Consumer(PATIENT, Map.of(PRACTICE_EVENTS, PRACTICE_TYPES)),
            new Consumer(BILLING, Map.of(
                    // PatientDemographicsChanged: the sealed name and date of birth good-faith estimates print.
                    PATIENT_EVENTS, union(Set.of("PatientRegistered", "PatientDemographicsChanged", "GuarantorAssigned",
                            "PatientMerged", "EligibilityChecked"), COVERAGE_TYPES),
                    PAYER_EVENTS, PAYER_TYPES)),
            new Consumer(CLAIMS, Map.of(
                    PATIENT_EVENTS, union(Set.of("PatientRegistered", "PatientDemographicsChanged", "PatientMerged"),
                            COVERAGE_TYPES),
                    PAYER_EVENTS, PAYER_TYPES,
                    PRACTICE_EVENTS, PRACTICE_TYPES,
                    ENCOUNTER_EVENTS, ENCOUNTER_TYPES)),
            new Consumer(COLLECTIONS, Map.of(PATIENT_EVENTS, Set.of("PatientRegistered", "PatientMerged"))));

    static final List<Counting> COUNTING_READ_MODELS = List.of(
            new Counting(CLAIMS, PATIENT_EVENTS, "rm_patient_copy", "patient_id",
                    Set.of("PatientRegistered", "PatientDemographicsChanged", "PatientMerged"), false),
            new Counting(CLAIMS, PATIENT_EVENTS, "rm_coverage_copy", "coverage_id", COVERAGE_TYPES, true),
            new Counting(CLAIMS, PAYER_EVENTS, "rm_payer_copy", "payer_id", PAYER_TYPES, false),
            new Counting(CLAIMS, PRACTICE_EVENTS, "rm_practice", "clinic_id", PRACTICE_TYPES, false),
            new Counting(CLAIMS, ENCOUNTER_EVENTS, "rm_billable_encounter", "encounter_id", ENCOUNTER_TYPES, false),
            new Counting(BILLING, PATIENT_EVENTS, "rm_coverage_copy", "coverage_id",
                    union(COVERAGE_TYPES, Set.of("EligibilityChecked")), true),
            new Counting(BILLING, PAYER_EVENTS, "rm_payer_copy", "payer_id", PAYER_TYPES, false),
            new Counting(COLLECTIONS, PATIENT_EVENTS, "rm_watched_patient", "patient_id",
                    Set.of("PatientRegistered", "PatientMerged"), false),
            new Counting(PATIENT, PRACTICE_EVENTS, "rm_practice", "clinic_id", PRACTICE_TYPES, false));

    /** The published types claims' rm_patient_copy.last_sequence follows (coverage events move the coverage's). */
    static final Set<String> PATIENT_COPY_TYPES = Set.of("PatientRegistered", "PatientDemographicsChanged",
            "PatientMerged");

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

    private Topology() {
    }

    static Topic topic(String name) {
        return TOPICS.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + name));
    }

    /** The topics a service publishes. */
    static List<Topic> publishedBy(String service) {
        return TOPICS.stream().filter(t -> t.producer().equals(service)).toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
