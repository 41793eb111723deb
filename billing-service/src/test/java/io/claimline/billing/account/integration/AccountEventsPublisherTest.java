package io.claimline.billing.account.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AdjustmentPostedEvent;
import io.claimline.billing.account.api.AdjustmentReason;
import io.claimline.billing.account.api.BalanceTransferredInEvent;
import io.claimline.billing.account.api.BalanceTransferredOutEvent;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.ChargeReversedEvent;
import io.claimline.billing.account.api.LedgerLineState;
import io.claimline.billing.account.api.LineAmount;
import io.claimline.billing.account.api.PaymentMethod;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.RefundIssuedEvent;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.ResponsibilityTransferredEvent;
import io.claimline.billing.account.api.StatementIssuedEvent;
import io.claimline.billing.account.api.TransferReason;
import io.claimline.contracts.accounts.v1.BalanceChanged;
import io.claimline.contracts.accounts.v1.StatementIssued;
import io.claimline.platform.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The balances BalanceChanged publishes, summed posting by posting, and the statement's grouping per date. */
class AccountEventsPublisherTest {

    private static final AccountId ACCOUNT = new AccountId(UUID.fromString("5b1e9c3a-2f4d-4a6b-8c7e-9d0f1a2b3c4d"));
    private static final Responsibility PAYER = Responsibility.payer(
            UUID.fromString("2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e"));
    private static final Responsibility PATIENT = Responsibility.PATIENT;
    private static final UUID PATIENT_ID = UUID.fromString("0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3");
    private static final UUID SIBLING_ID = UUID.fromString("1c8f3b63-73a2-4b9f-8b1d-6b3e52a9b0f4");
    private static final UUID ENCOUNTER = UUID.randomUUID();
    private static final UUID VISIT = UUID.randomUUID();
    private static final UUID ECG = UUID.randomUUID();
    private static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);
    private static final Instant AT = Instant.parse("2026-11-27T17:05:42Z");

    private final AccountEventsPublisher.RunningBalances balances = new AccountEventsPublisher.RunningBalances();

    @Test
    void chargesACopayAndAPatientPaymentLeaveThePatientACreditAndThePayerTheRest() {
        apply(charge(VISIT, "150.00"), charge(ECG, "40.00"), copay("25.00"), payment("40.00", "25.00", "15.00"));

        assertThat(balances.balances()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PATIENT", cents("-15.00"), PAYER.code(), cents("165.00")));
        assertThat(balances.balance()).isEqualByComparingTo("150.00");
        assertThat(balances.unapplied()).isEqualByComparingTo("15.00");
        BalanceChanged published = balances.toPayload("clinic-001", ACCOUNT.toString(), "PaymentPosted",
                UUID.randomUUID().toString(), null, AT);
        assertThat(published.balances()).extracting(BalanceChanged.ResponsibilityBalance::responsibility)
                .as("the patient first, then payers by id").containsExactly("PATIENT", PAYER.code());
        assertThat(published.balance()).hasToString("150.00");
        assertThat(published.unappliedCredit()).hasToString("15.00");
    }

    @Test
    void reversalsAdjustmentsAndRecoveriesMoveTheirResponsibilityAndRefundsRaiseItBack() {
        apply(charge(VISIT, "150.00"), charge(ECG, "40.00"), copay("25.00"), payment("40.00", "25.00", "15.00"),
                new ChargeReversedEvent(ACCOUNT, UUID.randomUUID(), "s", ENCOUNTER, ECG, PAYER, usd("40.00"),
                        "line removed", AT),
                adjustment(AdjustmentReason.CONTRACTUAL, PAYER, "32.53"),
                new RefundIssuedEvent(ACCOUNT, UUID.randomUUID(), "r", PATIENT, PaymentMethod.CHECK, "RF-1",
                        usd("15.00"), usd("15.00"), List.of(), "overpayment", "manager-1", AT),
                adjustment(AdjustmentReason.BAD_DEBT, PAYER, "92.47"),
                adjustment(AdjustmentReason.BAD_DEBT_RECOVERY, PAYER, "-10.00"));

        // payer: 190.00 − 25.00 − 40.00 − 32.53 − 92.47 + 10.00 = 10.00; patient: 25.00 − 40.00 + 15.00 = 0.00
        assertThat(balances.balances()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PATIENT", cents("0.00"), PAYER.code(), cents("10.00")));
        assertThat(balances.unapplied()).isEqualByComparingTo("0.00");
        assertThat(balances.sequence()).isEqualTo(9);
    }

    @Test
    void aMergeMovesTheLinesSharesAndThePatientsCreditOutAndIntoTheSurvivor() {
        LedgerLineState visit = new LedgerLineState(VISIT, ENCOUNTER, PATIENT_ID, NOV_27, "99213", List.of(), PAYER,
                usd("150.00"), usd("0.00"), usd("25.00"), usd("0.00"), usd("0.00"), usd("0.00"),
                List.of(new LedgerLineState.Share(PAYER, usd("125.00")), new LedgerLineState.Share(PATIENT,
                        usd("0.00"))));
        apply(charge(VISIT, "150.00"), copay("25.00"), payment("40.00", "25.00", "15.00"),
                new BalanceTransferredOutEvent(ACCOUNT, new AccountId(UUID.randomUUID()), "t-1", usd("110.00"), AT,
                        List.of(visit), usd("15.00")));

        assertThat(balances.balances()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PATIENT", cents("0.00"), PAYER.code(), cents("0.00")));
        assertThat(balances.unapplied()).isEqualByComparingTo("0.00");

        AccountEventsPublisher.RunningBalances survivor = new AccountEventsPublisher.RunningBalances();
        survivor.apply(0, new BalanceTransferredInEvent(ACCOUNT, new AccountId(UUID.randomUUID()), "t-1",
                usd("110.00"), AT, List.of(visit), usd("15.00")));
        assertThat(survivor.balances()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PATIENT", cents("-15.00"), PAYER.code(), cents("125.00")));
        assertThat(survivor.unapplied()).isEqualByComparingTo("15.00");
    }

    @Test
    void aTransferMadeBeforeAccountsHadPostingsIsThePatientsBalanceBroughtForward() {
        balances.apply(1, new BalanceTransferredInEvent(ACCOUNT, new AccountId(UUID.randomUUID()), "t-2",
                usd("120.50"), AT));

        assertThat(balances.balances()).containsExactlyEntriesOf(Map.of("PATIENT", cents("120.50")));
    }

    @Test
    void aStatementsLinesAreGroupedPerPatientAndDateOfServiceWithTheirTotalsAndNoGuarantor() {
        UUID lab = UUID.randomUUID();
        UUID sibling = UUID.randomUUID();
        StatementIssuedEvent issued = new StatementIssuedEvent(ACCOUNT, UUID.randomUUID(), "S-2026-000042",
                LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 19), null, List.of(
                        line(PATIENT_ID, NOV_27, VISIT, "150.00", "67.47", "32.53", "25.00", "0.00", "25.00"),
                        line(SIBLING_ID, NOV_27, sibling, "40.00", "0.00", "0.00", "0.00", "0.00", "40.00"),
                        line(PATIENT_ID, NOV_27, lab, "12.00", "0.00", "0.00", "0.00", "12.00", "0.00")),
                usd("12.00"), usd("65.00"), usd("0.00"), usd("65.00"), false, AT);

        StatementIssued published = AccountEventsPublisher.statement("clinic-001", issued);

        assertThat(published.datesOfService()).extracting(StatementIssued.DateOfService::patientId)
                .containsExactly(PATIENT_ID.toString(), SIBLING_ID.toString());
        StatementIssued.DateOfService visitDay = published.datesOfService().get(0);
        assertThat(visitDay.lines()).extracting(StatementIssued.Line::lineId)
                .containsExactly(VISIT.toString(), lab.toString());
        assertThat(visitDay.charge()).hasToString("162.00");
        assertThat(visitDay.awaitingInsurance()).hasToString("12.00");
        assertThat(visitDay.patientDue()).hasToString("25.00");
        assertThat(published.patientDue()).hasToString("65.00");
        assertThat(published.amountDue()).hasToString("65.00");
        assertThat(published.statementNumber()).isEqualTo("S-2026-000042");
    }

    private static StatementIssuedEvent.StatementLine line(UUID patient, LocalDate date, UUID lineId, String charge,
            String insurancePaid, String adjustments, String patientPaid, String awaiting, String due) {
        return new StatementIssuedEvent.StatementLine(patient, date, lineId, "99213", List.of(), usd(charge),
                usd(insurancePaid), usd(adjustments), usd(patientPaid), usd(awaiting), usd(due));
    }

    private void apply(Object... events) {
        for (int i = 0; i < events.length; i++) {
            balances.apply(i + 1, events[i]);
        }
    }

    private static ChargePostedEvent charge(UUID line, String amount) {
        return new ChargePostedEvent(ACCOUNT, UUID.randomUUID(), "encounter:r1", ENCOUNTER, line, PATIENT_ID, NOV_27,
                "99213", List.of(), PAYER, usd(amount), AT);
    }

    private static ResponsibilityTransferredEvent copay(String amount) {
        return new ResponsibilityTransferredEvent(ACCOUNT, UUID.randomUUID(), "encounter:r1", VISIT, PAYER, PATIENT,
                usd(amount), TransferReason.COPAY, AT);
    }

    private static PaymentPostedEvent payment(String amount, String applied, String unapplied) {
        return new PaymentPostedEvent(ACCOUNT, UUID.randomUUID(), "patient-payment:CASH:R-1", PATIENT,
                PaymentMethod.CASH, "R-1", null, NOV_27, usd(amount), List.of(new LineAmount(VISIT, usd(applied))),
                usd(unapplied), AT);
    }

    private static AdjustmentPostedEvent adjustment(AdjustmentReason reason, Responsibility who, String amount) {
        return new AdjustmentPostedEvent(ACCOUNT, UUID.randomUUID(), "adj-" + reason, reason, who, usd(amount),
                List.of(new LineAmount(VISIT, usd(amount))), null, null, AT);
    }

    private static BigDecimal cents(String amount) {
        return new BigDecimal(amount);
    }

    private static Money usd(String amount) {
        return Money.usd(amount);
    }
}
