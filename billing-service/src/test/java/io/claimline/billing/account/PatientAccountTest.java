package io.claimline.billing.account;

import io.claimline.billing.account.api.AccountId;
import io.claimline.billing.account.api.AccountMergedEvent;
import io.claimline.billing.account.api.AssignResponsibilityCommand;
import io.claimline.billing.account.api.BalanceTransferredInEvent;
import io.claimline.billing.account.api.BalanceTransferredOutEvent;
import io.claimline.billing.account.api.EndResponsibilityCommand;
import io.claimline.billing.account.api.GuarantorAccountOpenedEvent;
import io.claimline.billing.account.api.GuarantorOnFileEvent;
import io.claimline.billing.account.api.MergeAccountCommand;
import io.claimline.billing.account.api.MovedBalance;
import io.claimline.billing.account.api.PostingResult;
import io.claimline.billing.account.command.PostingSources;
import io.claimline.billing.account.api.ChargePostedEvent;
import io.claimline.billing.account.api.LineAmount;
import io.claimline.billing.account.api.PaymentMethod;
import io.claimline.billing.account.api.PaymentPostedEvent;
import io.claimline.billing.account.api.PostPaymentCommand;
import io.claimline.billing.account.api.Responsibility;
import io.claimline.billing.account.api.OpenPatientAccountCommand;
import io.claimline.billing.account.api.PatientAccountOpenedEvent;
import io.claimline.billing.account.api.PatientResponsibilityAssignedEvent;
import io.claimline.billing.account.api.PatientResponsibilityEndedEvent;
import io.claimline.billing.account.api.ReceiveBalanceTransferCommand;
import io.claimline.billing.account.api.ResponsibilityEndReason;
import io.claimline.billing.account.api.SealedGuarantor;
import io.claimline.billing.account.command.PatientAccount;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.StateConflictException;
import io.claimline.platform.phi.SealedValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PatientAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-11-01T08:00:00Z");
    private static final String CLINIC = "clinic-a";
    private static final MetaData IN_CLINIC = MetaData.with(MetaDataKeys.CLINIC_ID, CLINIC);
    private static final String PATIENT = "0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3";
    private static final String CHILD = "5c1d7e3f-8a2b-4c9d-9e0f-1a2b3c4d5e6f";
    private static final String GUARANTOR = "4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7a9b1d";
    private static final String SURVIVOR = "3f2b8c1e-5d4a-4f6b-9e8d-7c6b5a4f3e2d";
    private static final AccountId OWN = AccountId.ofPatient(PATIENT);
    private static final AccountId GUARANTORS = AccountId.ofGuarantor(GUARANTOR);
    private static final AccountId SURVIVORS = AccountId.ofPatient(SURVIVOR);
    private static final SealedGuarantor SEALED = new SealedGuarantor(GUARANTOR, sealed("given"), sealed("family"),
            sealed("dob"), null, sealed("address"), null, null);

    private AggregateTestFixture<PatientAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PatientAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((PostingSources) (account, source) -> Optional.ofNullable(
                posted.get(source)));
    }

    /** The sources posted before, as the ledger-sources table would answer (the table itself: LedgerIT). */
    private final java.util.Map<String, PostingSources.Posted> posted = new java.util.HashMap<>();

    @Nested
    class SourcesPostedBefore {

        private final java.util.UUID first = java.util.UUID.fromString("1f2e3d4c-5b6a-4978-8e9f-0a1b2c3d4e5f");

        @Test
        void theSameSourceAgainIsARepeatThatPostsNothingAndAnswersTheFirstPosting() {
            posted.put("patient-payment:CASH:R-1", new PostingSources.Posted(first, Money.usd("25.00")));
            fixture.given(opened(OWN, PATIENT))
                    .when(payment("25.00"), IN_CLINIC)
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                            result -> result instanceof PostingResult r && r.repeated()
                                    && r.postingId().equals(first)));
        }

        @Test
        void theSameSourceWithAnotherAmountIsAConflict() {
            posted.put("patient-payment:CASH:R-1", new PostingSources.Posted(first, Money.usd("25.00")));
            fixture.given(opened(OWN, PATIENT))
                    .when(payment("26.00"), IN_CLINIC)
                    .expectException(StateConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void aNewSourcePosts() {
            fixture.given(opened(OWN, PATIENT))
                    .when(payment("25.00"), IN_CLINIC)
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                    org.axonframework.test.matchers.Matchers.predicate(
                                            PaymentPostedEvent.class::isInstance),
                                    org.axonframework.test.matchers.Matchers.andNoMore())));
        }

        private PostPaymentCommand payment(String amount) {
            return new PostPaymentCommand(OWN, "patient-payment:CASH:R-1", Responsibility.PATIENT,
                    PaymentMethod.CASH, "R-1", null, java.time.LocalDate.of(2026, 3, 9), Money.usd(amount), null,
                    null);
        }
    }

    private static SealedValue sealed(String label) {
        return new SealedValue("6e1f3c2a-9d8b-4e7f-a6c5-b4d3e2f1a0b9", "c2VhbGVk-" + label);
    }

    private static PatientAccountOpenedEvent opened(AccountId account, String patient) {
        return new PatientAccountOpenedEvent(account, CLINIC, patient, Money.usd("0.00"), EARLIER);
    }

    @Nested
    class OpeningAPatientsOwnAccount {

        @Test
        void opensWithNothingOwedForTheClinicOfTheCommand() {
            fixture.givenNoPriorActivity()
                    .when(new OpenPatientAccountCommand(OWN, PATIENT), IN_CLINIC)
                    .expectEvents(new PatientAccountOpenedEvent(OWN, CLINIC, PATIENT, Money.usd("0.00"), NOW));
        }

        @Test
        void refusesAnAccountWithoutAClinic() {
            fixture.givenNoPriorActivity()
                    .when(new OpenPatientAccountCommand(OWN, PATIENT))
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }

        @Test
        void joinsTheAccountAlreadyOpenedForThePatientAsAnotherPatientsGuarantor() {
            fixture.given(new GuarantorAccountOpenedEvent(OWN, CLINIC, "PATIENT", Money.usd("0.00"), EARLIER),
                            new PatientResponsibilityAssignedEvent(OWN, CHILD, null, EARLIER))
                    .when(new OpenPatientAccountCommand(OWN, PATIENT), IN_CLINIC)
                    .expectEvents(new PatientResponsibilityAssignedEvent(OWN, PATIENT, null, NOW));
        }

        @Test
        void openingTwiceChangesNothing() {
            fixture.given(opened(OWN, PATIENT))
                    .when(new OpenPatientAccountCommand(OWN, PATIENT), IN_CLINIC)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesAnotherClinicsCommand() {
            fixture.given(opened(OWN, PATIENT))
                    .when(new OpenPatientAccountCommand(OWN, PATIENT), MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                    .expectException(StateConflictException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AssigningResponsibility {

        @Test
        void opensAMissingGuarantorAccountWithTheSealedGuarantorOnFileAndThePatientJoins() {
            fixture.givenNoPriorActivity()
                    .when(new AssignResponsibilityCommand(GUARANTORS, PATIENT, "PERSON", SEALED, OWN), IN_CLINIC)
                    .expectEvents(
                            new GuarantorAccountOpenedEvent(GUARANTORS, CLINIC, "PERSON", Money.usd("0.00"), NOW),
                            new GuarantorOnFileEvent(GUARANTORS, "PERSON", SEALED, NOW),
                            new PatientResponsibilityAssignedEvent(GUARANTORS, PATIENT, OWN, NOW));
        }

        @Test
        void aSecondPatientJoinsTheOpenAccountWithoutRecordingTheSameGuarantorAgain() {
            fixture.given(new GuarantorAccountOpenedEvent(GUARANTORS, CLINIC, "PERSON", Money.usd("0.00"), EARLIER),
                            new GuarantorOnFileEvent(GUARANTORS, "PERSON", SEALED, EARLIER),
                            new PatientResponsibilityAssignedEvent(GUARANTORS, PATIENT, OWN, EARLIER))
                    .when(new AssignResponsibilityCommand(GUARANTORS, CHILD, "PERSON", SEALED, null), IN_CLINIC)
                    .expectEvents(new PatientResponsibilityAssignedEvent(GUARANTORS, CHILD, null, NOW));
        }

        @Test
        void aCorrectedGuarantorIsRecordedAndAPatientAlreadyAnsweredForDoesNotJoinTwice() {
            SealedGuarantor moved = new SealedGuarantor(GUARANTOR, sealed("given"), sealed("family"), sealed("dob"),
                    null, sealed("new-address"), null, null);
            fixture.given(new GuarantorAccountOpenedEvent(GUARANTORS, CLINIC, "PERSON", Money.usd("0.00"), EARLIER),
                            new GuarantorOnFileEvent(GUARANTORS, "PERSON", SEALED, EARLIER),
                            new PatientResponsibilityAssignedEvent(GUARANTORS, PATIENT, OWN, EARLIER))
                    .when(new AssignResponsibilityCommand(GUARANTORS, PATIENT, "PERSON", moved, null), IN_CLINIC)
                    .expectEvents(new GuarantorOnFileEvent(GUARANTORS, "PERSON", moved, NOW));
        }

        @Test
        void thePatientLeavesTheAccountThatWasResponsibleBefore() {
            fixture.given(opened(OWN, PATIENT))
                    .when(new EndResponsibilityCommand(OWN, PATIENT, GUARANTORS, ResponsibilityEndReason.REASSIGNED),
                            IN_CLINIC)
                    .expectEvents(new PatientResponsibilityEndedEvent(OWN, PATIENT, GUARANTORS,
                            ResponsibilityEndReason.REASSIGNED, NOW));
        }

        @Test
        void leavingAnAccountThatNoLongerAnswersForThePatientChangesNothing() {
            fixture.given(opened(OWN, PATIENT), new PatientResponsibilityEndedEvent(OWN, PATIENT, GUARANTORS,
                            ResponsibilityEndReason.REASSIGNED, EARLIER))
                    .when(new EndResponsibilityCommand(OWN, PATIENT, GUARANTORS, ResponsibilityEndReason.REASSIGNED),
                            IN_CLINIC)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aPatientWhoLeftCanJoinAgain() {
            fixture.given(opened(OWN, PATIENT), new PatientResponsibilityEndedEvent(OWN, PATIENT, GUARANTORS,
                            ResponsibilityEndReason.REASSIGNED, EARLIER))
                    .when(new AssignResponsibilityCommand(OWN, PATIENT, "SELF", null, GUARANTORS), IN_CLINIC)
                    .expectEvents(new PatientResponsibilityAssignedEvent(OWN, PATIENT, GUARANTORS, NOW));
        }

        @Test
        void aMergedAccountRefusesFurtherPatients() {
            fixture.given(opened(OWN, PATIENT),
                            new BalanceTransferredOutEvent(OWN, SURVIVORS, "t-1", Money.usd("0.00"), EARLIER),
                            new AccountMergedEvent(OWN, SURVIVORS, SURVIVOR, EARLIER))
                    .when(new AssignResponsibilityCommand(OWN, CHILD, "PATIENT", SEALED, null), IN_CLINIC)
                    .expectException(StateConflictException.class)
                    .expectExceptionMessage("the account was merged into another account")
                    .expectNoEvents();
        }
    }

    @Nested
    class Merging {

        @Test
        void theWholeOpenBalanceLeavesByATransferAndTheAccountIsMergedIntoTheSurvivors() {
            fixture.given(opened(OWN, PATIENT),
                            new BalanceTransferredInEvent(OWN, GUARANTORS, "t-0", Money.usd("120.50"), EARLIER))
                    .when(new MergeAccountCommand(OWN, SURVIVORS, SURVIVOR, "merge-1"), IN_CLINIC)
                    .expectEvents(
                            new BalanceTransferredOutEvent(OWN, SURVIVORS, "merge-1", Money.usd("120.50"), NOW),
                            new AccountMergedEvent(OWN, SURVIVORS, SURVIVOR, NOW))
                    .expectResultMessagePayload(
                            new MovedBalance(Money.usd("120.50"), List.of(), Money.usd("0.00")));
        }

        @Test
        void aCreditBalanceMovesAsANegativeAmount() {
            fixture.given(opened(OWN, PATIENT),
                            new BalanceTransferredInEvent(OWN, GUARANTORS, "t-0", Money.usd("-15.25"), EARLIER))
                    .when(new MergeAccountCommand(OWN, SURVIVORS, SURVIVOR, "merge-1"), IN_CLINIC)
                    .expectEvents(
                            new BalanceTransferredOutEvent(OWN, SURVIVORS, "merge-1", Money.usd("-15.25"), NOW),
                            new AccountMergedEvent(OWN, SURVIVORS, SURVIVOR, NOW));
        }

        @Test
        void theOpenLinesMoveWithTheBalanceAndArePaidOnTheSurvivorsAccount() {
            java.util.UUID line = java.util.UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
            ChargePostedEvent charge = new ChargePostedEvent(OWN, java.util.UUID.randomUUID(), "encounter:e:r1",
                    java.util.UUID.randomUUID(), line, java.util.UUID.fromString(PATIENT),
                    java.time.LocalDate.of(2026, 3, 2), "99213", List.of(), Responsibility.PATIENT,
                    Money.usd("125.00"), EARLIER);
            MovedBalance[] moved = new MovedBalance[1];
            fixture.given(opened(OWN, PATIENT), charge)
                    .when(new MergeAccountCommand(OWN, SURVIVORS, SURVIVOR, "merge-1"), IN_CLINIC)
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayloadMatching(org.axonframework.test.matchers.Matchers.predicate(
                            payload -> {
                                moved[0] = (MovedBalance) payload;
                                return moved[0].amount().equals(Money.usd("125.00"))
                                        && moved[0].lines().size() == 1
                                        && moved[0].lines().get(0).lineId().equals(line);
                            }));

            setUp(); // the survivor's account, in a fixture of its own
            fixture.given(opened(SURVIVORS, SURVIVOR), new BalanceTransferredInEvent(SURVIVORS, OWN, "merge-1",
                            moved[0].amount(), EARLIER, moved[0].lines(), moved[0].unapplied()))
                    .when(new PostPaymentCommand(SURVIVORS, "patient-payment:CASH:R-1", Responsibility.PATIENT,
                            PaymentMethod.CASH, "R-1", null, java.time.LocalDate.of(2026, 3, 9),
                            Money.usd("25.00"), null, null), IN_CLINIC)
                    .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                            org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                    org.axonframework.test.matchers.Matchers.predicate(event ->
                                            event instanceof PaymentPostedEvent paid
                                                    && paid.applied().equals(List.of(new LineAmount(line,
                                                            Money.usd("25.00"))))
                                                    && paid.unapplied().equals(Money.usd("0.00"))),
                                    org.axonframework.test.matchers.Matchers.andNoMore())));
        }

        @Test
        void theReceivingAccountTakesTheAmountInOnce() {
            fixture.given(opened(SURVIVORS, SURVIVOR),
                            new BalanceTransferredInEvent(SURVIVORS, GUARANTORS, "t-0", Money.usd("10.00"), EARLIER))
                    .when(new ReceiveBalanceTransferCommand(SURVIVORS, OWN, "merge-1", Money.usd("120.50")),
                            IN_CLINIC)
                    .expectEvents(new BalanceTransferredInEvent(SURVIVORS, OWN, "merge-1", Money.usd("120.50"),
                            NOW));
        }

        @Test
        void theSameTransferReceivedAgainChangesNothing() {
            fixture.given(opened(SURVIVORS, SURVIVOR),
                            new BalanceTransferredInEvent(SURVIVORS, OWN, "merge-1", Money.usd("120.50"), EARLIER))
                    .when(new ReceiveBalanceTransferCommand(SURVIVORS, OWN, "merge-1", Money.usd("120.50")),
                            IN_CLINIC)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aMergedAccountTakesNoMoney() {
            fixture.given(opened(OWN, PATIENT),
                            new BalanceTransferredOutEvent(OWN, SURVIVORS, "merge-1", Money.usd("0.00"), EARLIER),
                            new AccountMergedEvent(OWN, SURVIVORS, SURVIVOR, EARLIER))
                    .when(new ReceiveBalanceTransferCommand(OWN, GUARANTORS, "t-9", Money.usd("5.00")), IN_CLINIC)
                    .expectException(StateConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void mergingAgainIntoTheSameSurvivorMovesNothing() {
            fixture.given(opened(OWN, PATIENT),
                            new BalanceTransferredInEvent(OWN, GUARANTORS, "t-0", Money.usd("120.50"), EARLIER),
                            new BalanceTransferredOutEvent(OWN, SURVIVORS, "merge-1", Money.usd("120.50"), EARLIER),
                            new AccountMergedEvent(OWN, SURVIVORS, SURVIVOR, EARLIER))
                    .when(new MergeAccountCommand(OWN, SURVIVORS, SURVIVOR, "merge-2"), IN_CLINIC)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new MovedBalance(Money.usd("0.00"), List.of(), Money.usd("0.00")));
        }

        @Test
        void refusesAMergeIntoASecondSurvivor() {
            fixture.given(opened(OWN, PATIENT),
                            new BalanceTransferredOutEvent(OWN, SURVIVORS, "merge-1", Money.usd("0.00"), EARLIER),
                            new AccountMergedEvent(OWN, SURVIVORS, SURVIVOR, EARLIER))
                    .when(new MergeAccountCommand(OWN, GUARANTORS, GUARANTOR, "merge-2"), IN_CLINIC)
                    .expectException(StateConflictException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAMergeIntoItself() {
            fixture.given(opened(OWN, PATIENT))
                    .when(new MergeAccountCommand(OWN, OWN, PATIENT, "merge-1"), IN_CLINIC)
                    .expectException(StateConflictException.class)
                    .expectExceptionMessage("an account cannot be merged into itself")
                    .expectNoEvents();
        }
    }
}
