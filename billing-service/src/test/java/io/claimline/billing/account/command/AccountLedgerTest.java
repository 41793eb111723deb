package io.claimline.billing.account.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.AdjustmentReason;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.ChargeReversedEvent;
import io.claimline.billing.account.api.IssueRefundCommand;
import io.claimline.billing.account.api.LineAmount;
import io.claimline.billing.account.api.PatientAccountEvent;
import io.claimline.billing.account.api.PaymentMethod;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.PostAdjustmentCommand;
import io.claimline.billing.account.api.PostEncounterChargesCommand;
import io.claimline.billing.account.api.PostEncounterChargesCommand.ChargeLine;
import io.claimline.billing.account.api.PostPaymentCommand;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.ReverseEncounterChargesCommand;
import io.claimline.billing.account.api.TransferReason;
import io.claimline.billing.account.api.TransferResponsibilityCommand;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountLedgerTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final AccountId ACCOUNT = new AccountId(UUID.fromString("4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7a9b1d"));
    static final UUID CHILD = UUID.fromString("5c1d7e3f-8a2b-4c9d-9e0f-1a2b3c4d5e6f");
    static final UUID PAYER = UUID.fromString("2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e");
    static final Responsibility INSURER = Responsibility.payer(PAYER);
    static final UUID VISIT = UUID.fromString("9e8d7c6b-5a4f-4e3d-8c1b-0a9f8e7d6c5b");
    static final UUID LINE_1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID LINE_2 = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private final AccountLedger ledger = new AccountLedger(ACCOUNT);

    private List<PatientAccountEvent> apply(List<? extends PatientAccountEvent> events) {
        events.forEach(ledger::on);
        return List.copyOf(events);
    }

    private PatientAccountEvent apply(PatientAccountEvent event) {
        ledger.on(event);
        return event;
    }

    private List<PatientAccountEvent> charge(Responsibility billedTo, Money copay, String... amounts) {
        ChargeLine[] lines = new ChargeLine[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            lines[i] = new ChargeLine(i == 0 ? LINE_1 : LINE_2, MARCH_2, i == 0 ? "99213" : "93000", List.of("25"),
                    Money.usd(amounts[i]));
        }
        return apply(ledger.charges(new PostEncounterChargesCommand(ACCOUNT, "encounter:" + VISIT + ":r1", VISIT,
                CHILD, billedTo, List.of(lines), copay), UUID::randomUUID, NOW));
    }

    private PostPaymentCommand patientPays(String source, String amount) {
        return new PostPaymentCommand(ACCOUNT, source, Responsibility.PATIENT, PaymentMethod.CARD, "ch_1", "4242",
                MARCH_2, Money.usd(amount), null, null);
    }

    private static PostAdjustmentCommand adjust(AdjustmentReason reason, String amount) {
        return new PostAdjustmentCommand(ACCOUNT, "adjustment:" + reason + amount, reason, Responsibility.PATIENT,
                Money.usd(amount), null, null, Set.of("manager"));
    }

    @Nested
    class Charges {

        @Test
        void aSelfPayEncounterIsOwedByThePatientLineByLine() {
            List<PatientAccountEvent> events = charge(Responsibility.PATIENT, null, "125.00", "40.00");

            assertThat(events).hasSize(2).allMatch(ChargePostedEvent.class::isInstance);
            assertThat(ledger.balance(Responsibility.PATIENT)).isEqualTo(Money.usd("165.00"));
            assertThat(ledger.balance()).isEqualTo(Money.usd("165.00"));
        }

        @Test
        void anInsuredEncounterIsOwedByThePayerExceptTheCopayWhichMovesToThePatient() {
            List<PatientAccountEvent> events = charge(INSURER, Money.usd("30.00"), "125.00", "40.00");

            assertThat(events).filteredOn(ResponsibilityTransferredEvent.class::isInstance).singleElement()
                    .satisfies(e -> {
                        ResponsibilityTransferredEvent copay = (ResponsibilityTransferredEvent) e;
                        assertThat(copay.reason()).isEqualTo(TransferReason.COPAY);
                        assertThat(copay.amount()).isEqualTo(Money.usd("30.00"));
                        assertThat(copay.lineId()).isEqualTo(LINE_1);
                    });
            assertThat(ledger.balance(INSURER)).isEqualTo(Money.usd("135.00"));
            assertThat(ledger.balance(Responsibility.PATIENT)).isEqualTo(Money.usd("30.00"));
        }

        @Test
        void aCopayLargerThanTheVisitIsCappedAtItsCharges() {
            charge(INSURER, Money.usd("50.00"), "12.00", "9.00");

            assertThat(ledger.balance(Responsibility.PATIENT)).isEqualTo(Money.usd("21.00"));
            assertThat(ledger.balance(INSURER)).isEqualTo(Money.usd("0.00"));
        }

        @Test
        void anAmendmentPostsOnlyTheDifferenceAndReversesADroppedLine() {
            charge(Responsibility.PATIENT, null, "125.00", "40.00");

            List<PatientAccountEvent> events = apply(ledger.charges(new PostEncounterChargesCommand(ACCOUNT,
                    "encounter:" + VISIT + ":r2", VISIT, CHILD, Responsibility.PATIENT,
                    List.of(new ChargeLine(LINE_1, MARCH_2, "99214", List.of(), Money.usd("185.00"))), null),
                    UUID::randomUUID, NOW));

            assertThat(events).hasSize(2);
            assertThat(((ChargePostedEvent) events.get(0)).amount()).isEqualTo(Money.usd("60.00"));
            assertThat(((ChargeReversedEvent) events.get(1)).amount()).isEqualTo(Money.usd("40.00"));
            assertThat(ledger.balance()).isEqualTo(Money.usd("185.00"));
        }

        @Test
        void aLineReCodedAtTheSameChargePostsOnlyItsNewCodes() {
            charge(Responsibility.PATIENT, null, "125.00");

            List<PatientAccountEvent> events = apply(ledger.charges(new PostEncounterChargesCommand(ACCOUNT,
                    "encounter:" + VISIT + ":r2", VISIT, CHILD, Responsibility.PATIENT,
                    List.of(new ChargeLine(LINE_1, MARCH_2, "99214", List.of("25"), Money.usd("125.00"))), null),
                    UUID::randomUUID, NOW));

            assertThat(events).singleElement().satisfies(e -> {
                ChargePostedEvent recoded = (ChargePostedEvent) e;
                assertThat(recoded.amount()).isEqualTo(Money.usd("0.00"));
                assertThat(recoded.procedureCode()).isEqualTo("99214");
            });
            assertThat(ledger.lines()).singleElement().satisfies(line -> {
                assertThat(line.procedureCode()).isEqualTo("99214");
                assertThat(line.charged()).isEqualTo(Money.usd("125.00"));
            });
            assertThat(apply(ledger.charges(new PostEncounterChargesCommand(ACCOUNT, "encounter:" + VISIT + ":r3",
                    VISIT, CHILD, Responsibility.PATIENT, List.of(new ChargeLine(LINE_1, MARCH_2, "99214",
                            List.of("25"), Money.usd("125.00"))), null), UUID::randomUUID, NOW))).isEmpty();
        }

        @Test
        void aVoidReversesEveryShareSoNothingIsOwed() {
            charge(INSURER, Money.usd("30.00"), "125.00");

            apply(ledger.reversals(new ReverseEncounterChargesCommand(ACCOUNT, "encounter:" + VISIT + ":void", VISIT,
                    "voided"), UUID::randomUUID, NOW));

            assertThat(ledger.balance(INSURER)).isEqualTo(Money.usd("0.00"));
            assertThat(ledger.balance(Responsibility.PATIENT)).isEqualTo(Money.usd("0.00"));
        }
    }

    @Nested
    class Payments {

        @Test
        void aPatientPaymentPaysWhatThePatientOwesAndKeepsTheRestAsCredit() {
            charge(INSURER, Money.usd("30.00"), "125.00");

            PaymentPostedEvent paid = (PaymentPostedEvent) apply(ledger.payment(patientPays("p-1", "50.00"),
                    UUID.randomUUID(), NOW));

            assertThat(paid.applied()).containsExactly(new LineAmount(LINE_1, Money.usd("30.00")));
            assertThat(paid.unapplied()).isEqualTo(Money.usd("20.00"));
            assertThat(ledger.balance(Responsibility.PATIENT)).isEqualTo(Money.usd("-20.00"));
            assertThat(ledger.credit(Responsibility.PATIENT)).isEqualTo(Money.usd("20.00"));
            assertThat(ledger.balance(INSURER)).isEqualTo(Money.usd("95.00"));
        }

        @Test
        void anInsurancePaymentPaysItsLineAndMayLeaveThePayerACredit() {
            charge(INSURER, null, "125.00");

            apply(ledger.payment(new PostPaymentCommand(ACCOUNT, "remittance-line:835-1", INSURER, PaymentMethod.EFT,
                    "835-1", null, MARCH_2, Money.usd("130.00"), null, LINE_1), UUID.randomUUID(), NOW));

            assertThat(ledger.balance(INSURER)).isEqualTo(Money.usd("-5.00"));
            assertThat(ledger.credit(INSURER)).isEqualTo(Money.usd("5.00"));
        }

        @Test
        void anInsurancePaymentNamesItsLine() {
            charge(INSURER, null, "125.00");

            assertThatThrownBy(() -> ledger.payment(new PostPaymentCommand(ACCOUNT, "s", INSURER, PaymentMethod.EFT,
                    "835-1", null, MARCH_2, Money.usd("10.00"), null, null), UUID.randomUUID(), NOW))
                    .isInstanceOf(StateConflictException.class);
            assertThatThrownBy(() -> ledger.payment(new PostPaymentCommand(ACCOUNT, "s", INSURER, PaymentMethod.EFT,
                    "835-1", null, MARCH_2, Money.usd("10.00"), null, UUID.randomUUID()), UUID.randomUUID(), NOW))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Adjustments {

        @Test
        void aCourtesyAdjustmentLowersWhatThePatientOwesAndNoMore() {
            charge(Responsibility.PATIENT, null, "125.00", "40.00");

            AdjustmentPostedEvent courtesy = (AdjustmentPostedEvent) apply(ledger.adjustment(
                    adjust(AdjustmentReason.COURTESY, "130.00"), UUID.randomUUID(), "manager-1", NOW));

            assertThat(courtesy.applied()).containsExactly(new LineAmount(LINE_1, Money.usd("125.00")),
                    new LineAmount(LINE_2, Money.usd("5.00")));
            assertThat(ledger.balance()).isEqualTo(Money.usd("35.00"));
            assertThatThrownBy(() -> ledger.adjustment(adjust(AdjustmentReason.SMALL_BALANCE, "35.01"),
                    UUID.randomUUID(), null, NOW)).isInstanceOf(StateConflictException.class);
        }

        @Test
        void aBadDebtRecoveryPutsBackAtMostWhatWasWrittenOff() {
            charge(Responsibility.PATIENT, null, "125.00");
            apply(ledger.adjustment(adjust(AdjustmentReason.BAD_DEBT, "100.00"), UUID.randomUUID(), "m", NOW));

            AdjustmentPostedEvent recovery = (AdjustmentPostedEvent) apply(ledger.adjustment(
                    adjust(AdjustmentReason.BAD_DEBT_RECOVERY, "60.00"), UUID.randomUUID(), "m", NOW));

            assertThat(recovery.amount()).isEqualTo(Money.usd("-60.00"));
            assertThat(ledger.balance()).isEqualTo(Money.usd("85.00"));
            assertThatThrownBy(() -> ledger.adjustment(adjust(AdjustmentReason.BAD_DEBT_RECOVERY, "40.01"),
                    UUID.randomUUID(), "m", NOW)).isInstanceOf(StateConflictException.class);
        }

        @Test
        void aBadDebtWriteOffNeedsAManagerAndASettlementCollections() {
            assertThatThrownBy(() -> AdjustmentPolicy.requireAllowed(AdjustmentReason.BAD_DEBT, Set.of("biller",
                    "collections"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            AdjustmentPolicy.requireAllowed(AdjustmentReason.BAD_DEBT, Set.of("manager"));
            AdjustmentPolicy.requireAllowed(AdjustmentReason.SETTLEMENT_DISCOUNT, Set.of("collections"));
            assertThatThrownBy(() -> AdjustmentPolicy.requireAllowed(AdjustmentReason.SETTLEMENT_DISCOUNT,
                    Set.of("biller"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            AdjustmentPolicy.requireAllowed(AdjustmentReason.CONTRACTUAL, Set.of("biller"));
            assertThatThrownBy(() -> AdjustmentPolicy.requireAllowed(AdjustmentReason.COURTESY,
                    Set.of("collections"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
    }

    @Nested
    class RefundsAndTransfers {

        @Test
        void aRefundPaysBackACreditAndNoMore() {
            charge(Responsibility.PATIENT, null, "40.00");
            apply(ledger.payment(patientPays("p-1", "55.00"), UUID.randomUUID(), NOW));

            assertThatThrownBy(() -> ledger.refund(refund("15.01"), UUID.randomUUID(), "m", NOW))
                    .isInstanceOf(StateConflictException.class).hasMessageContaining("credit balance");
            RefundIssuedEvent refund = (RefundIssuedEvent) apply(ledger.refund(refund("15.00"), UUID.randomUUID(),
                    "m", NOW));

            assertThat(refund.fromUnapplied()).isEqualTo(Money.usd("15.00"));
            assertThat(ledger.balance()).isEqualTo(Money.usd("0.00"));
            assertThat(ledger.credit(Responsibility.PATIENT)).isEqualTo(Money.usd("0.00"));
        }

        @Test
        void aTransferMovesAtMostTheShareItTakesFrom() {
            charge(INSURER, null, "125.00");

            apply(ledger.transfer(transfer("25.00"), UUID.randomUUID(), NOW));

            assertThat(ledger.balance(INSURER)).isEqualTo(Money.usd("100.00"));
            assertThat(ledger.balance(Responsibility.PATIENT)).isEqualTo(Money.usd("25.00"));
            assertThatThrownBy(() -> ledger.transfer(transfer("100.01"), UUID.randomUUID(), NOW))
                    .isInstanceOf(StateConflictException.class);
        }

        private IssueRefundCommand refund(String amount) {
            return new IssueRefundCommand(ACCOUNT, "refund:" + amount, Responsibility.PATIENT, PaymentMethod.CHECK,
                    "RF-1", Money.usd(amount), "overpayment");
        }

        private TransferResponsibilityCommand transfer(String amount) {
            return new TransferResponsibilityCommand(ACCOUNT, "transfer:" + amount, LINE_1, INSURER,
                    Responsibility.PATIENT, Money.usd(amount), TransferReason.PATIENT_RESPONSIBILITY);
        }
    }
}
