package io.claimline.testsupport.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.PublishedPayerEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.assertj.core.util.introspection.PropertyOrFieldSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service keeps its own copy of each clinic's payers (the platform's PayerCopyTable on its own rm_payer_copy) from
 * the payer events, once per event: the scenarios every service that keeps the copy proves on its own database. A
 * service's IT extends this with {@code @ClaimlineServiceTest} and its copy's {@code find(clinicId, payerId)}.
 *
 * <p>test-support cannot depend on the platform (the platform's own tests depend on test-support), so the scenarios
 * read the platform's PayerCopy by its component names through AssertJ: a renamed component fails a scenario with
 * an introspection error, never silently.
 */
public abstract class PayerCopyScenarios {

    private static final String CLINIC = "clinic-a";

    @Autowired private JdbcTemplate jdbc;
    @Autowired private MeterRegistry meters;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());
    private final String deadLetterTopic;
    private final String reasonHeader;
    private final BiFunction<String, UUID, Optional<?>> find;

    /**
     * @param deadLetterTopic where this service's consumer group dead-letters payer events
     * @param reasonHeader the dead letter's header that says why
     * @param find the service's read of its copy: the payer, if it knows it in the clinic
     */
    protected PayerCopyScenarios(String deadLetterTopic, String reasonHeader,
            BiFunction<String, UUID, Optional<?>> find) {
        this.deadLetterTopic = deadLetterTopic;
        this.reasonHeader = reasonHeader;
        this.find = find;
    }

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

        awaitLastSequence(payerId, 2);
        assertThat(copy(payerId)).get()
                .extracting("name", "ediPayerId", "claimFilingIndicator", "initialClaimDays", "address.postalCode",
                        "phone", "active")
                .containsExactly("Aetna Better Health", "AETNA1", "CI", 120, "799981106", "+18886323862", false);
        assertThat(counter("claimline.integration.duplicates")).isGreaterThanOrEqualTo(duplicatesBefore + 1);
        assertThat(appliedEvents(payerId)).as("three distinct events, each applied once").isEqualTo(3);
        assertThat(find.apply("clinic-b", UUID.fromString(payerId))).as("another clinic's payer").isEmpty();
    }

    @Test
    void aLateChangeNeverOverwritesANewerOneAndReactivationIsCopied() {
        String payerId = UUID.randomUUID().toString();
        send(PublishedPayerEvents.payerAdded(payerId, CLINIC, PublishedPayerEvents.terms("Cigna", "62308", 90)));
        send(PublishedPayerEvents.payerChanged(payerId, CLINIC, 2, PublishedPayerEvents.terms("Cigna 2", "62308", 95)));
        send(PublishedPayerEvents.payerChanged(payerId, CLINIC, 1, PublishedPayerEvents.terms("Cigna 1", "62308", 91)));
        send(PublishedPayerEvents.payerDeactivated(payerId, CLINIC, 3));
        send(PublishedPayerEvents.payerReactivated(payerId, CLINIC, 4));

        awaitLastSequence(payerId, 4);
        assertThat(copy(payerId)).get()
                .extracting("name", "initialClaimDays", "active")
                .containsExactly("Cigna 2", 95, true);
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

        var deadLetter = kafka.awaitRecord(deadLetterTopic, r -> malformed.equals(r.key()));
        assertThat(KafkaTestClient.header(deadLetter, reasonHeader))
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

    private Optional<?> copy(String payerId) {
        return find.apply(CLINIC, UUID.fromString(payerId));
    }

    private void awaitLastSequence(String payerId, long sequence) {
        await().atMost(Duration.ofSeconds(30)).until(() -> copy(payerId)
                .map(payer -> PropertyOrFieldSupport.EXTRACTION.getValueOf("lastSequence", payer))
                .filter(last -> last.equals(sequence))
                .isPresent());
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
