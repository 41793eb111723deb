package io.claimline.billing.account;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AccountMergedEvent;
import io.claimline.billing.account.api.BalanceTransferredInEvent;
import io.claimline.billing.account.api.BalanceTransferredOutEvent;
import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.platform.integration.KafkaIntegrationConfiguration;
import io.claimline.platform.kernel.Money;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guarantors and merges from the patient events into the guarantor ledgers: a patient joins the guarantor's
 * account and leaves the one before, a duplicate's account is closed into the survivor's guarantor account by a
 * transfer pair, and reads of the closed account answer with the survivor's.
 */
@ClaimlineServiceTest
class GuarantorAccountsIT {

    private static final String CLINIC = "clinic-a";
    private static final String DLT = KafkaIntegrationConfiguration.deadLetterTopic(Topics.PATIENT_EVENTS_V1,
            "billing-service");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;
    @Autowired EventStore eventStore;
    @Autowired TransactionTemplate transaction;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    @Test
    void aPatientJoinsTheGuarantorsAccountOnceAndLeavesTheirOwn() throws Exception {
        String patient = registered();
        String sibling = registered();
        String guarantor = UUID.randomUUID().toString();
        IntegrationEvent assigned = PublishedEvents.guarantorAssigned(patient, guarantor, "PERSON", CLINIC, 1);
        double duplicatesBefore = counter("claimline.integration.duplicates");

        send(assigned);
        send(assigned);
        send(PublishedEvents.guarantorAssigned(sibling, guarantor, "PERSON", CLINIC, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> account(guarantor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accountId").value(guarantor))
                .andExpect(jsonPath("$.guarantorKind").value("PERSON"))
                .andExpect(jsonPath("$.patientId").doesNotExist())
                .andExpect(jsonPath("$.patients.length()").value(2))
                .andExpect(jsonPath("$.patients[?(@ == '" + patient + "')]").exists())
                .andExpect(jsonPath("$.patients[?(@ == '" + sibling + "')]").exists()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> account(patient)
                .andExpect(jsonPath("$.accountId").value(patient))
                .andExpect(jsonPath("$.patients").isEmpty()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> counter("claimline.integration.duplicates") >= duplicatesBefore + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventTypes(guarantor)).containsExactly("GuarantorAccountOpenedEvent", "GuarantorOnFileEvent",
                "PatientResponsibilityAssignedEvent", "PatientResponsibilityAssignedEvent"));
        assertThat(eventTypes(patient)).containsExactly("PatientAccountOpenedEvent",
                "PatientResponsibilityEndedEvent");
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry "
                        + "WHERE aggregateIdentifier = ? AND payloadType LIKE '%GuarantorOnFileEvent'", String.class,
                guarantor)).as("the guarantor on file stays sealed").contains("\"ciphertext\"")
                .doesNotContain("sealed-guarantor-givenName").contains("\"subjectId\":\"" + guarantor + "\"");
    }

    @Test
    void aMergedDuplicatesAccountAnswersWithTheSurvivorsAndItsBalanceMovedByATransferPair() throws Exception {
        String duplicate = registered();
        String survivor = registered();

        send(PublishedEvents.patientMerged(duplicate, survivor, CLINIC, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> account(duplicate)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accountId").value(survivor))
                .andExpect(jsonPath("$.patients[0]").value(survivor))
                .andExpect(jsonPath("$.balance.amount").value("0.00")));
        assertThat(eventTypes(duplicate)).containsExactly("PatientAccountOpenedEvent",
                "PatientResponsibilityEndedEvent", "BalanceTransferredOutEvent", "AccountMergedEvent");
        assertThat(eventTypes(survivor)).containsExactly("PatientAccountOpenedEvent", "BalanceTransferredInEvent");
        assertThat(jdbc.queryForObject("SELECT merged_into::text FROM rm_patient_account WHERE account_id = ?::uuid",
                String.class, duplicate)).isEqualTo(survivor);
    }

    @Test
    void theBalanceGoesToTheSurvivorsGuarantorAccountAndAJoinToTheClosedAccountIsRefused() throws Exception {
        String duplicate = registered();
        String survivor = registered();
        String guarantor = UUID.randomUUID().toString();
        send(PublishedEvents.guarantorAssigned(survivor, guarantor, "PERSON", CLINIC, 1));
        // The survivor's events and the duplicate's travel on different partitions: the merge must find the
        // assignment applied, as it would in production, where the merge comes much later.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "SELECT account_id::text FROM account_responsibility WHERE patient_id = ?::uuid", String.class,
                survivor).equals(List.of(guarantor)));
        send(PublishedEvents.patientMerged(duplicate, survivor, CLINIC, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> account(duplicate)
                .andExpect(jsonPath("$.accountId").value(guarantor))
                .andExpect(jsonPath("$.patients[0]").value(survivor)));
        assertThat(eventTypes(guarantor)).endsWith("BalanceTransferredInEvent");

        String child = registered();
        IntegrationEvent refused = PublishedEvents.guarantorAssigned(child, duplicate, "PATIENT", CLINIC, 1);
        send(refused);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM integration_refused WHERE event_id = ?", Long.class, refused.eventId()) == 1);
        assertThat(jdbc.queryForObject("SELECT reason FROM integration_refused WHERE event_id = ?", String.class,
                refused.eventId())).isEqualTo("the account was merged into another account");
        assertThat(eventTypes(child)).as("nothing of the refused assignment remains")
                .containsExactly("PatientAccountOpenedEvent");
    }

    @Test
    void aMergeWithAMalformedSurvivorGoesToTheDeadLetterTopic() {
        String duplicate = registered();
        IntegrationEvent merged = PublishedEvents.patientMerged(duplicate, UUID.randomUUID().toString(), CLINIC, 1);
        ((ObjectNode) merged.payload()).put("survivingPatientId", "not-a-patient-id");

        send(merged);

        var deadLetter = kafka.awaitRecord(DLT, r -> duplicate.equals(r.key()));
        assertThat(KafkaTestClient.header(deadLetter, KafkaIntegrationConfiguration.DLT_REASON_HEADER)).isPresent();
        assertThat(eventTypes(duplicate)).containsExactly("PatientAccountOpenedEvent");
    }

    /** The projection's arithmetic with real amounts (the ledger's postings come later; transfers exist now). */
    @Test
    void transfersMoveTheProjectedBalancesByTheirAmounts() throws Exception {
        AccountId from = new AccountId(UUID.randomUUID());
        AccountId to = new AccountId(UUID.randomUUID());
        AccountId elsewhere = new AccountId(UUID.randomUUID());
        Instant at = Instant.parse("2026-11-28T14:00:00Z");
        transaction.executeWithoutResult(status -> eventStore.publish(List.of(
                domain(from, 0, new PatientAccountOpenedEvent(from, CLINIC, from.toString(), Money.usd("0.00"), at)),
                domain(from, 1, new BalanceTransferredInEvent(from, elsewhere, "t-1", Money.usd("120.50"), at)),
                domain(to, 0, new PatientAccountOpenedEvent(to, CLINIC, to.toString(), Money.usd("0.00"), at)),
                domain(to, 1, new BalanceTransferredInEvent(to, elsewhere, "t-2", Money.usd("10.25"), at)),
                domain(from, 2, new BalanceTransferredOutEvent(from, to, "t-3", Money.usd("120.50"), at)),
                domain(from, 3, new AccountMergedEvent(from, to, to.toString(), at)),
                domain(to, 2, new BalanceTransferredInEvent(to, from, "t-3", Money.usd("120.50"), at)))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> account(to.toString())
                .andExpect(jsonPath("$.balance.amount").value("130.75"))
                .andExpect(jsonPath("$.version").value(2)));
        assertThat(jdbc.queryForObject("SELECT balance::text FROM rm_patient_account WHERE account_id = ?",
                String.class, from.value())).isEqualTo("0.00");
        account(from.toString()).andExpect(jsonPath("$.accountId").value(to.toString()));
    }

    private static GenericDomainEventMessage<Object> domain(AccountId id, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("PatientAccount", id.toString(), sequence, payload,
                org.axonframework.messaging.MetaData.with("clinicId", CLINIC));
    }

    private String registered() {
        String patientId = UUID.randomUUID().toString();
        send(PublishedEvents.patientRegisteredWithDetails(patientId, CLINIC));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_patient_account WHERE account_id = ?::uuid", Long.class, patientId) == 1);
        return patientId;
    }

    private void send(IntegrationEvent event) {
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, event);
    }

    private org.springframework.test.web.servlet.ResultActions account(String id) throws Exception {
        return mvc.perform(get("/api/billing/accounts/{id}", id).with(userOf(CLINIC, "biller")));
    }

    private List<String> eventTypes(String aggregateId) {
        return jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                        + "ORDER BY sequenceNumber", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
