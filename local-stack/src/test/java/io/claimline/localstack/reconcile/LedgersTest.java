package io.claimline.localstack.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.localstack.reconcile.Ledgers.Account;
import io.claimline.localstack.reconcile.Ledgers.Balance;
import io.claimline.localstack.reconcile.Ledgers.Line;
import io.claimline.localstack.reconcile.Ledgers.Totals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * N6 on a ledger that balances: an insured visit (150.00 + 40.00 to the payer, a 25.00 copay moved to the patient),
 * the patient's 40.00 payment (25.00 on the visit, 15.00 unapplied), a contractual adjustment of 32.53 and a refund
 * of the 15.00 credit. Then one cent off, wherever it is, is found.
 */
class LedgersTest {

    private static final String ACCOUNT = "a1";
    private static final String CLINIC = "clinic-001";
    private static final String PAYER = "PAYER:p1";

    private static final Balance PAYER_BALANCE = new Balance(ACCOUNT, CLINIC, PAYER, usd("190.00"), usd("0.00"),
            usd("32.53"), usd("0.00"), usd("0.00"), usd("25.00"), usd("132.47"));
    // 0 − 40.00 − 0 + 15.00 + 25.00 − 0 = 0.00 (25.00 paid on the copay, the 15.00 credit refunded)
    private static final Balance PATIENT_BALANCE = new Balance(ACCOUNT, CLINIC, "PATIENT", usd("0.00"), usd("40.00"),
            usd("0.00"), usd("15.00"), usd("25.00"), usd("0.00"), usd("0.00"));
    private static final Account ACCOUNT_ROW = new Account(ACCOUNT, CLINIC, usd("132.47"));
    // visit: 150.00 − 0 − 25.00 − 32.53 + 0 = 92.47 owed by the payer; ECG: 40.00 owed by the payer
    private static final Line VISIT = new Line("l1", ACCOUNT, CLINIC, usd("150.00"), usd("0.00"), usd("25.00"),
            usd("32.53"), usd("0.00"), usd("92.47"));
    private static final Line ECG = new Line("l2", ACCOUNT, CLINIC, usd("40.00"), usd("0.00"), usd("0.00"),
            usd("0.00"), usd("0.00"), usd("40.00"));
    private static final Totals STORED = new Totals(ACCOUNT, CLINIC, usd("190.00"), usd("40.00"), usd("32.53"),
            usd("15.00"));

    @Test
    void aLedgerThatBalancesToTheCentIsClean() {
        List<Balance> balances = List.of(PATIENT_BALANCE, PAYER_BALANCE);

        assertThat(Ledgers.balanceArithmetic(balances)).isEmpty();
        assertThat(Ledgers.accountBalances(List.of(ACCOUNT_ROW), balances)).isEmpty();
        assertThat(Ledgers.lineArithmetic(List.of(VISIT, ECG))).isEmpty();
        assertThat(Ledgers.storedAgainstRead(Map.of(ACCOUNT, STORED), balances)).isEmpty();
    }

    @Test
    void aBalanceOneCentOffItsColumnsIsFound() {
        Balance offByACent = new Balance(ACCOUNT, CLINIC, PAYER, usd("190.00"), usd("0.00"), usd("32.53"),
                usd("0.00"), usd("0.00"), usd("25.00"), usd("132.48"));

        assertThat(Ledgers.balanceArithmetic(List.of(PATIENT_BALANCE, offByACent))).containsExactly(
                "account a1 (clinic clinic-001) responsibility PAYER:p1 in rm_account_balance: balance is not "
                        + "charges − payments − adjustments + refunds + transfers_in − transfers_out");
    }

    @Test
    void anAccountBalanceOneCentOffItsResponsibilitiesOrWithoutItsRowIsFound() {
        Account offByACent = new Account(ACCOUNT, CLINIC, usd("132.46"));
        Balance elsewhere = new Balance("a2", CLINIC, "PATIENT", usd("10.00"), usd("0.00"), usd("0.00"), usd("0.00"),
                usd("0.00"), usd("0.00"), usd("10.00"));

        assertThat(Ledgers.accountBalances(List.of(offByACent), List.of(PATIENT_BALANCE, PAYER_BALANCE, elsewhere)))
                .containsExactly("account a1 (clinic clinic-001): rm_patient_account.balance is not the sum of its "
                                + "responsibilities' balances in rm_account_balance",
                        "rm_account_balance holds account a2 (clinic clinic-001), which rm_patient_account does not");
    }

    @Test
    void anAccountWithoutPostingsOwesNothing() {
        Account empty = new Account("a3", CLINIC, usd("0.00"));
        Account owing = new Account("a4", CLINIC, usd("0.01"));

        assertThat(Ledgers.accountBalances(List.of(empty, owing), List.of())).containsExactly(
                "account a4 (clinic clinic-001): rm_patient_account.balance is not the sum of its responsibilities' "
                        + "balances in rm_account_balance");
    }

    @Test
    void aLineWhoseSharesAreOneCentOffOrSharesWithoutALineAreFound() {
        Line offByACent = new Line("l1", ACCOUNT, CLINIC, usd("150.00"), usd("0.00"), usd("25.00"), usd("32.53"),
                usd("0.00"), usd("92.46"));
        Line orphan = new Line("l9", ACCOUNT, CLINIC, null, null, null, null, null, usd("5.00"));

        assertThat(Ledgers.lineArithmetic(List.of(offByACent, ECG, orphan))).containsExactly(
                "line l1 (account a1, clinic clinic-001): charged − insurance_paid − patient_paid − adjusted + "
                        + "refunded in rm_ledger_line is not the sum of its rm_ledger_share amounts",
                "rm_ledger_share holds shares of line l9 (account a1, clinic clinic-001), which rm_ledger_line does "
                        + "not");
    }

    @Test
    void readTotalsOneCentOffTheEventStoreOrMissingOnEitherSideAreFoundByColumnNotAmount() {
        Totals storedWithOneMoreCent = new Totals(ACCOUNT, CLINIC, usd("190.00"), usd("40.01"), usd("32.53"),
                usd("15.00"));
        Totals neverProjected = new Totals("a5", CLINIC, usd("12.00"), usd("0"), usd("0"), usd("0"));

        assertThat(Ledgers.storedAgainstRead(Map.of(ACCOUNT, storedWithOneMoreCent, "a5", neverProjected),
                List.of(PATIENT_BALANCE, PAYER_BALANCE))).containsExactly(
                "account a1 (clinic clinic-001): rm_account_balance's payments differ from the sums of the account's "
                        + "events in the event store",
                "account a5 (clinic clinic-001): rm_account_balance's charges differ from the sums of the account's "
                        + "events in the event store");
        assertThat(Ledgers.storedAgainstRead(Map.of(), List.of(PATIENT_BALANCE, PAYER_BALANCE))).containsExactly(
                "account a1 (clinic clinic-001): rm_account_balance's charges, payments, adjustments, refunds differ "
                        + "from the sums of the account's events in the event store");
    }

    @Test
    void aReversedChargeAndABadDebtRecoveryCountSignedOnBothSides() {
        // 190.00 charged, 40.00 reversed; 20.00 written off as bad debt, 5.00 recovered (−5.00)
        Balance patient = new Balance(ACCOUNT, CLINIC, "PATIENT", usd("150.00"), usd("0.00"), usd("15.00"),
                usd("0.00"), usd("0.00"), usd("0.00"), usd("135.00"));
        Totals stored = new Totals(ACCOUNT, CLINIC, usd("150.00"), usd("0.00"), usd("15.00"), usd("0.00"));

        assertThat(Ledgers.balanceArithmetic(List.of(patient))).isEmpty();
        assertThat(Ledgers.storedAgainstRead(Map.of(ACCOUNT, stored), List.of(patient))).isEmpty();
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
