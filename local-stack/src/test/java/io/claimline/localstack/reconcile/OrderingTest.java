package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderingTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Map<String, PublishedEvent> PUBLISHED = Map.of(
            "e0", new PublishedEvent("e0", Topology.PATIENT_EVENTS, "PatientRegistered", "p1", 0, List.of()),
            "e1", new PublishedEvent("e1", Topology.PATIENT_EVENTS, "PatientDemographicsChanged", "p1", 1, List.of()),
            "e2", new PublishedEvent("e2", Topology.PATIENT_EVENTS, "PatientDemographicsChanged", "p1", 2, List.of()));

    @Test
    void eventsAppliedInTheirSequenceAreInOrder() {
        assertThat(Ordering.applicationOrder(List.of(row("e0", 0), row("e1", 1), row("e2", 2)), PUBLISHED, Set.of()))
                .isEmpty();
    }

    @Test
    void aLaterSequenceAppliedFirstIsFound() {
        assertThat(Ordering.applicationOrder(List.of(row("e0", 0), row("e2", 1), row("e1", 2)), PUBLISHED, Set.of()))
                .containsExactly("aggregate p1: event e1 (sequence 1) was applied after event e2 (sequence 2)");
    }

    @Test
    void eventsAppliedAtTheSameInstantAreNotJudged() {
        assertThat(Ordering.applicationOrder(List.of(row("e0", 0), row("e2", 1), row("e1", 1)), PUBLISHED, Set.of()))
                .isEmpty();
    }

    @Test
    void aReDrivenEventIsLateByDesign() {
        assertThat(Ordering.applicationOrder(List.of(row("e0", 0), row("e2", 1), row("e1", 2)), PUBLISHED,
                Set.of("e1"))).isEmpty();
    }

    private static InboxRow row(String eventId, int second) {
        return new InboxRow(eventId, Topology.PATIENT_EVENTS, PUBLISHED.get(eventId).type(), "p1",
                T0.plusSeconds(second));
    }
}
