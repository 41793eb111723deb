package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Topology.Topic PATIENTS = Topology.topic(Topology.PATIENT_EVENTS);
    private static final Topology.Topic PAYERS = Topology.topic(Topology.PAYER_EVENTS);
    private static final PublishedEvent REGISTERED = event("e1", "PatientRegistered", 0);
    private static final PublishedEvent CHANGED = event("e2", "PatientDemographicsChanged", 1);
    private static final PublishedEvent ERASED = event("e3", "PatientErased", 2);
    private static final Set<String> CLAIMS_ROUTES = Set.of("PatientRegistered", "PatientDemographicsChanged");

    @Test
    void anInboxWithEveryAppliedTypeOnceAndNothingElseIsClean() {
        List<InboxRow> inbox = List.of(row("e1", "PatientRegistered"), row("e2", "PatientDemographicsChanged"));

        assertThat(Deliveries.compare(PATIENTS, List.of(REGISTERED, CHANGED, ERASED), CLAIMS_ROUTES, inbox, Set.of()))
                .isEmpty();
    }

    @Test
    void aPublishedEventOfAnAppliedTypeMissingFromTheInboxIsFound() {
        assertThat(Deliveries.compare(PATIENTS, List.of(REGISTERED, CHANGED), CLAIMS_ROUTES, List.of(row("e1",
                "PatientRegistered")), Set.of()))
                .containsExactly("event e2 (PatientDemographicsChanged on patients.patient-events.v1, aggregate p1) "
                        + "was published but is not in the inbox");
    }

    @Test
    void expectedPoisonMayBeMissing() {
        assertThat(Deliveries.compare(PATIENTS, List.of(REGISTERED), CLAIMS_ROUTES, List.of(), Set.of("e1")))
                .isEmpty();
    }

    @Test
    void anInboxRowNobodyPublishedIsFoundAndNamesTheTopicsProducer() {
        assertThat(Deliveries.compare(PATIENTS, List.of(REGISTERED), CLAIMS_ROUTES, List.of(row("e1",
                "PatientRegistered"), row("x9", "PatientRegistered")), Set.of()))
                .containsExactly("the inbox holds event x9 (PatientRegistered on patients.patient-events.v1, "
                        + "aggregate p1) that patient-service never published");
    }

    @Test
    void anInboxRowOfATypeTheConsumerIgnoresIsFound() {
        assertThat(Deliveries.compare(PATIENTS, List.of(REGISTERED, ERASED), Set.of("PatientRegistered"),
                List.of(row("e1", "PatientRegistered"), row("e3", "PatientErased")), Set.of()))
                .containsExactly("the inbox holds event e3 as PatientErased, published as PatientErased, a type this "
                        + "service ignores");
    }

    @Test
    void anotherTopicsRowsAreNotThisTopicsBusiness() {
        InboxRow payerAdded = new InboxRow("y1", Topology.PAYER_EVENTS, "PayerAdded", "payer-1", NOW);

        assertThat(Deliveries.compare(PATIENTS, List.of(REGISTERED), CLAIMS_ROUTES, List.of(row("e1",
                "PatientRegistered"), payerAdded), Set.of())).isEmpty();
        assertThat(Deliveries.compare(PAYERS, List.of(), Set.of("PayerAdded"), List.of(payerAdded), Set.of()))
                .containsExactly("the inbox holds event y1 (PayerAdded on patients.payer-events.v1, aggregate "
                        + "payer-1) that patient-service never published");
    }

    @Test
    void aPatientCopyCountsItsOwnTypesOnlyAndADuplicateApplicationShows() {
        Topology.Counting copy = counting(Topology.CLAIMS, "rm_patient_copy");
        List<InboxRow> inbox = List.of(row("e1", "PatientRegistered"), row("e2", "PatientDemographicsChanged"),
                row("c1", "CoverageAdded"));
        Map<String, Long> expected = Deliveries.expectedCounts(copy, inbox, Map.of());

        assertThat(expected).containsExactly(Map.entry("p1", 2L));
        assertThat(Deliveries.countsDiffer(copy, Map.of("p1", 2L), expected)).isEmpty();
        assertThat(Deliveries.countsDiffer(copy, Map.of("p1", 3L, "p2", 0L), expected)).containsExactly(
                "rm_patient_copy counts 3 applications for patient p1, the inbox 2");
        assertThat(Deliveries.countsDiffer(copy, Map.of(), expected)).containsExactly(
                "rm_patient_copy has no row for patient p1, to which the inbox applied 2 events");
    }

    @Test
    void coverageCopiesCountPerCoverageAndAReorderTouchesEveryCoverageOfItsOrder() {
        PublishedEvent added1 = coverageEvent("c1", "CoverageAdded", 1, List.of("k1"));
        PublishedEvent added2 = coverageEvent("c2", "CoverageAdded", 2, List.of("k2"));
        PublishedEvent reordered = coverageEvent("c3", "CoveragesReordered", 3, List.of("k1", "k2"));
        PublishedEvent checked = coverageEvent("c4", "EligibilityChecked", 4, List.of("k1"));
        Map<String, PublishedEvent> published = Map.of("c1", added1, "c2", added2, "c3", reordered, "c4", checked);
        List<InboxRow> inbox = List.of(row("c1", "CoverageAdded"), row("c2", "CoverageAdded"),
                row("c3", "CoveragesReordered"), row("c4", "EligibilityChecked"), row("e1", "PatientRegistered"));

        assertThat(Deliveries.expectedCounts(counting(Topology.CLAIMS, "rm_coverage_copy"), inbox, published))
                .containsOnly(Map.entry("k1", 2L), Map.entry("k2", 2L));
        assertThat(Deliveries.expectedCounts(counting(Topology.BILLING, "rm_coverage_copy"), inbox, published))
                .containsOnly(Map.entry("k1", 3L), Map.entry("k2", 2L));
    }

    private static Topology.Counting counting(String service, String table) {
        return Topology.COUNTING_READ_MODELS.stream().filter(c -> c.service().equals(service)
                && c.table().equals(table)).findFirst().orElseThrow();
    }

    private static PublishedEvent event(String id, String type, long sequence) {
        return new PublishedEvent(id, Topology.PATIENT_EVENTS, type, "p1", sequence, List.of());
    }

    private static PublishedEvent coverageEvent(String id, String type, long sequence, List<String> coverages) {
        return new PublishedEvent(id, Topology.PATIENT_EVENTS, type, "p1", sequence, coverages);
    }

    private static InboxRow row(String eventId, String type) {
        return new InboxRow(eventId, Topology.PATIENT_EVENTS, type, "p1", NOW);
    }
}
