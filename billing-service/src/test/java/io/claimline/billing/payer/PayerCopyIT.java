package io.claimline.billing.payer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimline.billing.payer.query.PayerCopies;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.platform.copies.PayerCopy;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPayerEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** billing-service keeps its own copy of each clinic's payers from the payer events, once per event. */
@ClaimlineServiceTest
class PayerCopyIT {

    private static final String SERVICE = "billing-service";
    private static final String CLINIC = "clinic-a";
    private static final String DLT = KafkaIntegrationConfiguration.deadLetterTopic(Topics.PAYER_EVENTS_V1, SERVICE);

    @Autowired PayerCopies copies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void anAddedChangedAndDeactivatedPayerIsCopiedWithEachEventAppliedOnce() {
        String payerId = UUID.randomUUID().toString();
        IntegrationEvent changed = PublishedPayerEvents.payerChanged(payerId, CLINIC, 1,
                PublishedPayerEvents.terms("Aetna Better Health", "AETNA1", 120));
        send(PublishedPayerEvents.payerAdded(payerId, CLINIC, PublishedPayerEvents.terms("Aetna", "60054", 90)));
        send(changed);
        double duplicatesBefore = counter("claimline.integration.duplicates");
        send(changed);
        send(PublishedPayerEvents.payerDeactivated(payerId, CLINIC, 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> copy(payerId).filter(p -> p.lastSequence() == 2)
                .isPresent());
        PayerCopy copy = copy(payerId).orElseThrow();
        assertThat(copy.name()).isEqualTo("Aetna Better Health");
        assertThat(copy.ediPayerId()).isEqualTo("AETNA1");
        assertThat(copy.claimFilingIndicator()).isEqualTo("CI");
        assertThat(copy.initialClaimDays()).isEqualTo(120);
        assertThat(copy.address().postalCode()).isEqualTo("799981106");
        assertThat(copy.phone()).isEqualTo("+18886323862");
        assertThat(copy.active()).isFalse();
        assertThat(counter("claimline.integration.duplicates")).isGreaterThanOrEqualTo(duplicatesBefore + 1);
        assertThat(appliedEvents(payerId)).as("three distinct events, each applied once").isEqualTo(3);
        assertThat(copies.find("clinic-b", UUID.fromString(payerId))).as("another clinic's payer").isEmpty();
    }

    @Test
    void aLateChangeNeverOverwritesANewerOneAndReactivationIsCopied() {
        String payerId = UUID.randomUUID().toString();
        send(PublishedPayerEvents.payerAdded(payerId, CLINIC, PublishedPayerEvents.terms("Cigna", "62308", 90)));
        send(PublishedPayerEvents.payerChanged(payerId, CLINIC, 2, PublishedPayerEvents.terms("Cigna 2", "62308", 95)));
        send(PublishedPayerEvents.payerChanged(payerId, CLINIC, 1, PublishedPayerEvents.terms("Cigna 1", "62308", 91)));
        send(PublishedPayerEvents.payerDeactivated(payerId, CLINIC, 3));
        send(PublishedPayerEvents.payerReactivated(payerId, CLINIC, 4));

        await().atMost(Duration.ofSeconds(30)).until(() -> copy(payerId).filter(p -> p.lastSequence() == 4)
                .isPresent());
        assertThat(copy(payerId).orElseThrow()).satisfies(copy -> {
            assertThat(copy.name()).isEqualTo("Cigna 2");
            assertThat(copy.initialClaimDays()).isEqualTo(95);
            assertThat(copy.active()).isTrue();
        });
        assertThat(appliedEvents(payerId)).isEqualTo(5);
    }

    @Test
    void aMalformedPayerEventGoesToTheDeadLetterTopicWithItsReasonAndLaterOnesStillApply() {
        String malformed = UUID.randomUUID().toString();
        IntegrationEvent added = PublishedPayerEvents.payerAdded(malformed, CLINIC,
                PublishedPayerEvents.terms("Humana", "61101", 90));
        ((ObjectNode) added.payload().get("terms")).put("appealDays", 0);
        send(added);
        String later = UUID.randomUUID().toString();
        send(PublishedPayerEvents.payerAdded(later, CLINIC, PublishedPayerEvents.terms("Humana", "61101", 90)));

        var deadLetter = kafka.awaitRecord(DLT, r -> malformed.equals(r.key()));
        assertThat(KafkaTestClient.header(deadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER))
                .hasValueSatisfying(reason -> assertThat(reason).contains("appealDays"));
        await().atMost(Duration.ofSeconds(30)).until(() -> copy(later).isPresent());
        assertThat(copy(malformed)).isEmpty();
    }

    @Test
    void aDeactivationOfAnUnknownPayerIsRefusedNotLost() {
        String unknown = UUID.randomUUID().toString();
        IntegrationEvent deactivated = PublishedPayerEvents.payerDeactivated(unknown, CLINIC, 1);
        send(deactivated);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_refused WHERE event_id = ?", Long.class,
                deactivated.eventId()) == 1);
        assertThat(copy(unknown)).isEmpty();
    }

    private void send(IntegrationEvent event) {
        PublishedEvents.send(kafka, Topics.PAYER_EVENTS_V1, event);
    }

    private Optional<PayerCopy> copy(String payerId) {
        return copies.find(CLINIC, UUID.fromString(payerId));
    }

    private int appliedEvents(String payerId) {
        return jdbc.queryForObject("SELECT applied_events FROM rm_payer_copy WHERE payer_id = ?::uuid",
                Integer.class, payerId);
    }

    private double counter(String name) {
        return meters.find(name).tag("topic", Topics.PAYER_EVENTS_V1).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
