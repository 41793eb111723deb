package io.claimline.billing.account.integration;

import static io.claimline.testsupport.TestActors.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.PostEncounterChargesCommand;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.contracts.IntegrationEvent;
import io.claimline.contracts.Topics;
import io.claimline.contracts.accounts.v1.AppliedAmount;
import io.claimline.contracts.accounts.v1.BalanceChanged;
import io.claimline.contracts.accounts.v1.ChargePosted;
import io.claimline.contracts.accounts.v1.PaymentPosted;
import io.claimline.contracts.accounts.v1.RefundIssued;
import io.claimline.contracts.accounts.v1.ResponsibilityTransferred;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import io.claimline.testsupport.ClaimlineServiceTest;
import io.claimline.testsupport.KafkaTestClient;
import io.claimline.testsupport.PublishedAccountEvents;
import io.claimline.testsupport.PublishedEvents;
import io.claimline.testsupport.TestInfrastructure;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger on {@code billing.account-events.v1}: postings made through the REST API (and an insured encounter's
 * charges, as the ledger-charges policy posts them) come out as their published types, each followed by the
 * account's balances by responsibility after it, keyed by the account.
 */
@ClaimlineServiceTest
class AccountEventsIT {

    private static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 3, 2);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommandGateway commands;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfrastructure.get().kafkaBootstrapServers());

    private String clinic;
    private String account;

    @BeforeEach
    void aRegisteredPatientsOwnAccount() {
        clinic = "clinic-" + UUID.randomUUID();
        account = UUID.randomUUID().toString();
        PublishedEvents.send(kafka, Topics.PATIENT_EVENTS_V1, PublishedEvents.patientRegistered(account, clinic));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM rm_patient_account WHERE account_id = ?::uuid", Long.class, account) == 1);
    }

    @Test
    void aPatientPaymentIsPublishedWithTheAccountsBalancesByResponsibilityRightAfterIt() throws Exception {
        String payer = UUID.randomUUID().toString();
        UUID visit = UUID.randomUUID();
        UUID ecg = UUID.randomUUID();
        chargeInsuredVisit(payer, visit, ecg);

        payment("""
                {"method": "CASH", "reference": "R-1", "amount": "40.00"}""");

        ChargePosted charged = PublishedAccountEvents.payload(published(ChargePosted.TYPE,
                r -> visit.toString().equals(PublishedAccountEvents.payload(r, ChargePosted.class).lineId())),
                ChargePosted.class);
        assertThat(charged.amount()).isEqualTo(new BigDecimal("150.00"));
        assertThat(charged.responsibility()).isEqualTo("PAYER:" + payer);
        assertThat(charged.dateOfService()).isEqualTo(DATE_OF_SERVICE);
        assertThat(charged.procedureCode()).isEqualTo("99213");
        assertThat(charged.modifiers()).containsExactly("25");
        assertThat(charged.patientId()).isEqualTo(account);

        ResponsibilityTransferred copay = PublishedAccountEvents.payload(published(ResponsibilityTransferred.TYPE,
                r -> true), ResponsibilityTransferred.class);
        assertThat(copay.reason()).isEqualTo("COPAY");
        assertThat(balancesAfter(copay.postingId())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PATIENT", new BigDecimal("25.00"), "PAYER:" + payer, new BigDecimal("165.00")));

        ConsumerRecord<String, byte[]> paymentRecord = published(PaymentPosted.TYPE, r -> true);
        PaymentPosted payment = PublishedAccountEvents.payload(paymentRecord, PaymentPosted.class);
        assertThat(payment.paidBy()).isEqualTo("PATIENT");
        assertThat(payment.method()).isEqualTo("CASH");
        assertThat(payment.reference()).isEqualTo("R-1");
        assertThat(payment.cardLastFour()).isNull();
        assertThat(payment.amount()).isEqualTo(new BigDecimal("40.00"));
        assertThat(payment.applied()).containsExactly(new AppliedAmount(visit.toString(), new BigDecimal("25.00")));
        assertThat(payment.unapplied()).isEqualTo(new BigDecimal("15.00"));
        assertThat(KafkaTestClient.header(paymentRecord, Topics.HEADER_EVENT_ID)).contains(jdbc.queryForObject(
                "SELECT eventIdentifier FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE ?",
                String.class, account, "%PaymentPostedEvent"));

        ConsumerRecord<String, byte[]> changedRecord = balanceChangedRecord(payment.postingId());
        BalanceChanged changed = PublishedAccountEvents.payload(changedRecord, BalanceChanged.class);
        assertThat(changed.cause()).isEqualTo(PaymentPosted.TYPE);
        assertThat(changed.balances()).containsExactly(
                new BalanceChanged.ResponsibilityBalance("PATIENT", new BigDecimal("-15.00")),
                new BalanceChanged.ResponsibilityBalance("PAYER:" + payer, new BigDecimal("165.00")));
        assertThat(changed.balance()).isEqualTo(new BigDecimal("150.00"));
        assertThat(changed.unappliedCredit()).isEqualTo(new BigDecimal("15.00"));
        IntegrationEvent changedEnvelope = PublishedAccountEvents.envelope(changedRecord);
        IntegrationEvent paymentEnvelope = PublishedAccountEvents.envelope(paymentRecord);
        assertThat(changedEnvelope.sequence()).isEqualTo(paymentEnvelope.sequence());
        assertThat(changedEnvelope.eventId()).isNotEqualTo(paymentEnvelope.eventId());
        assertThat(changedEnvelope.clinicId()).isEqualTo(clinic);

        // What was published is what the ledger's read model shows once it caught up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(
                        get("/api/billing/accounts/{id}/balances", account).with(userOf(clinic, "biller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance.amount").value("150.00"))
                .andExpect(jsonPath("$.byResponsibility[?(@.responsibility == 'PATIENT')].balance.amount")
                        .value("-15.00"))
                .andExpect(jsonPath("$.byResponsibility[?(@.responsibility == 'PAYER:" + payer
                        + "')].balance.amount").value("165.00")));
    }

    @Test
    void aPaymentOnAnAccountOwingNothingIsACreditThatAManagersRefundTakesBackToZero() throws Exception {
        payment("""
                {"method": "CASH", "reference": "R-2", "amount": "40.00"}""");
        PaymentPosted payment = PublishedAccountEvents.payload(published(PaymentPosted.TYPE, r -> true),
                PaymentPosted.class);
        assertThat(payment.applied()).isEmpty();
        assertThat(payment.unapplied()).isEqualTo(new BigDecimal("40.00"));
        assertThat(balancesAfter(payment.postingId())).containsExactlyEntriesOf(Map.of(
                "PATIENT", new BigDecimal("-40.00")));

        mvc.perform(post("/api/billing/accounts/{id}/refunds", account).with(userOf(clinic, "manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"to": "PATIENT", "method": "CHECK", "reference": "RF-1", "amount": "40.00",
                                 "reason": "overpayment"}"""))
                .andExpect(status().is2xxSuccessful());

        RefundIssued refund = PublishedAccountEvents.payload(published(RefundIssued.TYPE, r -> true), RefundIssued.class);
        assertThat(refund.to()).isEqualTo("PATIENT");
        assertThat(refund.amount()).isEqualTo(new BigDecimal("40.00"));
        assertThat(refund.fromUnapplied()).isEqualTo(new BigDecimal("40.00"));
        assertThat(refund.approvedBy()).isNotBlank();
        BalanceChanged afterRefund = PublishedAccountEvents.payload(balanceChangedRecord(refund.postingId()),
                BalanceChanged.class);
        assertThat(afterRefund.balances()).containsExactly(
                new BalanceChanged.ResponsibilityBalance("PATIENT", new BigDecimal("0.00")));
        assertThat(afterRefund.balance()).isEqualTo(new BigDecimal("0.00"));
        assertThat(afterRefund.unappliedCredit()).isEqualTo(new BigDecimal("0.00"));
        assertThat(new String(balanceChangedRecord(refund.postingId()).value()))
                .as("the free-text reason stays in billing").doesNotContain("overpayment");
    }

    /** An insured visit (99213-25 150.00, 93000 40.00) billed to the payer, with a 25.00 copay, as confirmed. */
    private void chargeInsuredVisit(String payer, UUID visit, UUID ecg) {
        UUID encounter = UUID.randomUUID();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new PostEncounterChargesCommand(
                AccountId.ofPatient(account), "encounter:" + encounter + ":r1", encounter, UUID.fromString(account),
                Responsibility.payer(UUID.fromString(payer)), List.of(
                        new PostEncounterChargesCommand.ChargeLine(visit, DATE_OF_SERVICE, "99213", List.of("25"),
                                Money.usd("150.00")),
                        new PostEncounterChargesCommand.ChargeLine(ecg, DATE_OF_SERVICE, "93000", List.of(),
                                Money.usd("40.00"))),
                Money.usd("25.00"))).andMetaData(MetaData.with(MetaDataKeys.CLINIC_ID, clinic)
                .and(MetaDataKeys.USER_ID, "service:billing-service")
                .and(MetaDataKeys.CORRELATION_ID, "encounter-" + encounter)
                .and(MetaDataKeys.CAUSATION_ID, "encounter-" + encounter)));
    }

    private void payment(String body) throws Exception {
        mvc.perform(post("/api/billing/accounts/{id}/payments", account).with(userOf(clinic, "front_desk"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful());
    }

    private Map<String, BigDecimal> balancesAfter(String postingId) {
        return PublishedAccountEvents.payload(balanceChangedRecord(postingId), BalanceChanged.class).balances()
                .stream().collect(Collectors.toMap(BalanceChanged.ResponsibilityBalance::responsibility,
                        BalanceChanged.ResponsibilityBalance::balance, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private ConsumerRecord<String, byte[]> balanceChangedRecord(String postingId) {
        return published(BalanceChanged.TYPE, r -> postingId.equals(
                PublishedAccountEvents.payload(r, BalanceChanged.class).postingId()));
    }

    private ConsumerRecord<String, byte[]> published(String type,
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> and) {
        return kafka.awaitRecord(Topics.ACCOUNT_EVENTS_V1, PublishedAccountEvents.ofType(account, type).and(and));
    }
}
