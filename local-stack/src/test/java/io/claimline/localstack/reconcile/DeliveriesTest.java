package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final PublishedEvent REGISTERED = new PublishedEvent("e1", "PatientRegistered", "p1", 0);
    private static final PublishedEvent CHANGED = new PublishedEvent("e2", "PatientDemographicsChanged", "p1", 1);
    private static final PublishedEvent ERASED = new PublishedEvent("e3", "PatientErased", "p1", 2);
    private static final Set<String> CLAIMS_ROUTES = Set.of("PatientRegistered", "PatientDemographicsChanged");

    @Test
    void anInboxWithEveryAppliedTypeOnceAndNothingElseIsClean() {
        List<InboxRow> inbox = List.of(row("e1", "PatientRegistered"), row("e2", "PatientDemographicsChanged"));

        assertThat(Deliveries.compare(List.of(REGISTERED, CHANGED, ERASED), CLAIMS_ROUTES, inbox, Set.of())).isEmpty();
    }

    @Test
    void aPublishedEventOfAnAppliedTypeMissingFromTheInboxIsFound() {
        assertThat(Deliveries.compare(List.of(REGISTERED, CHANGED), CLAIMS_ROUTES, List.of(row("e1",
                "PatientRegistered")), Set.of()))
                .containsExactly("event e2 (PatientDemographicsChanged, aggregate p1) was published but is not in "
                        + "the inbox");
    }

    @Test
    void expectedPoisonMayBeMissing() {
        assertThat(Deliveries.compare(List.of(REGISTERED), CLAIMS_ROUTES, List.of(), Set.of("e1"))).isEmpty();
    }

    @Test
    void anInboxRowNobodyPublishedIsFound() {
        assertThat(Deliveries.compare(List.of(REGISTERED), CLAIMS_ROUTES, List.of(row("e1", "PatientRegistered"),
                row("x9", "PatientRegistered")), Set.of()))
                .containsExactly("the inbox holds event x9 (PatientRegistered, aggregate p1) that patient-service "
                        + "never published");
    }

    @Test
    void anInboxRowOfATypeTheConsumerIgnoresIsFound() {
        assertThat(Deliveries.compare(List.of(REGISTERED, ERASED), Set.of("PatientRegistered"),
                List.of(row("e1", "PatientRegistered"), row("e3", "PatientErased")), Set.of()))
                .containsExactly("the inbox holds event e3 as PatientErased, published as PatientErased, a type this "
                        + "service ignores");
    }

    private static InboxRow row(String eventId, String type) {
        return new InboxRow(eventId, type, "p1", NOW);
    }
}
