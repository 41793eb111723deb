package io.claimline.billing.encounter;

import static io.claimline.billing.encounter.Encounters.HOPPER_NPI;
import static io.claimline.billing.encounter.Encounters.LOVELACE_NPI;
import static io.claimline.billing.encounter.Encounters.insured;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.billing.encounter.api.AmendEncounterCommand;
import io.claimline.billing.encounter.api.ConfirmEncounterCommand;
import io.claimline.billing.encounter.api.Confirmer;
import io.claimline.billing.encounter.api.EncounterAmendedEvent;
import io.claimline.billing.encounter.api.EncounterConfirmedEvent;
import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.billing.encounter.api.EncounterDiscardedEvent;
import io.claimline.billing.encounter.api.EncounterId;
import io.claimline.billing.encounter.api.EncounterRecordedEvent;
import io.claimline.billing.encounter.api.EncounterRevisedEvent;
import io.claimline.billing.encounter.api.EncounterVoidedEvent;
import io.claimline.billing.encounter.api.RecordEncounterCommand;
import io.claimline.billing.encounter.api.VoidEncounterCommand;
import io.claimline.billing.encounter.command.Encounter;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.StateConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Every rule of an encounter's review and correction, given its history, as a business sentence. */
class EncounterTest {

    private static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");
    private static final String CLINIC = "clinic-a";
    private static final MetaData AS_CLINIC = MetaData.with(MetaDataKeys.CLINIC_ID, CLINIC);
    private static final EncounterId ID = new EncounterId(UUID.fromString("5b0f7a3e-9c2d-4e1f-8a6b-3d4c5e6f7a8b"));
    private static final Confirmer HOPPER = new Confirmer(HOPPER_NPI, false);
    private static final Confirmer LOVELACE = new Confirmer(LOVELACE_NPI, false);
    private static final Confirmer MANAGER = new Confirmer(null, true);
    private static final Confirmer BILLER = new Confirmer(null, false);

    private AggregateTestFixture<Encounter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Encounter.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static EncounterRecordedEvent recorded() {
        return new EncounterRecordedEvent(ID, CLINIC, insured(), NOW);
    }

    private static EncounterConfirmedEvent confirmed() {
        return new EncounterConfirmedEvent(ID, insured(), null, null, NOW);
    }

    private static EncounterData corrected() {
        return Encounters.withLines(List.of("E119", "I10"), List.of(Encounters.visit()));
    }

    @Nested
    class Recording {

        @Test
        void aWellFormedEncounterIsRecordedPendingProviderReview() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEncounterCommand(ID, insured()), AS_CLINIC)
                    .expectEvents(new EncounterRecordedEvent(ID, CLINIC, insured(), NOW));
        }

        @Test
        void anEncounterBreakingItsShapeIsRefusedAndNothingIsRecorded() {
            EncounterData thirteen = Encounters.withLines(
                    List.of("A000", "A001", "A009", "A010", "A011", "A012", "A013", "A014", "A020", "A021", "A022",
                            "A030", "A031"), List.of(Encounters.visit()));
            fixture.givenNoPriorActivity()
                    .when(new RecordEncounterCommand(ID, thirteen), AS_CLINIC)
                    .expectException(InvalidFieldsException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Confirmation {

        @Test
        void theRenderingProviderConfirmsTheirEncounter() {
            fixture.given(recorded())
                    .when(new ConfirmEncounterCommand(ID, null, HOPPER, null), AS_CLINIC)
                    .expectEvents(new EncounterConfirmedEvent(ID, insured(), null, null, NOW))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void anotherProviderMayNotConfirmIt() {
            fixture.given(recorded())
                    .when(new ConfirmEncounterCommand(ID, null, LOVELACE, null), AS_CLINIC)
                    .expectException(AccessDeniedException.class)
                    .expectNoEvents();
        }

        @Test
        void aBillerMayNotConfirmIt() {
            fixture.given(recorded())
                    .when(new ConfirmEncounterCommand(ID, null, BILLER, "signed notes"), AS_CLINIC)
                    .expectException(AccessDeniedException.class);
        }

        @Test
        void aManagerConfirmsOnTheProvidersBehalfOnlyWithAReason() {
            fixture.given(recorded())
                    .when(new ConfirmEncounterCommand(ID, null, MANAGER, " "), AS_CLINIC)
                    .expectException(InvalidFieldsException.class)
                    .expectNoEvents();
            fixture.given(recorded())
                    .when(new ConfirmEncounterCommand(ID, null, MANAGER, "provider on leave"), AS_CLINIC)
                    .expectEvents(new EncounterConfirmedEvent(ID, insured(), "provider on leave", null, NOW));
        }

        @Test
        void aConfirmedEncounterIsNotConfirmedAgain() {
            fixture.given(recorded(), confirmed())
                    .when(new ConfirmEncounterCommand(ID, null, HOPPER, null), AS_CLINIC)
                    .expectException(StateConflictException.class);
        }

        @Test
        void aStaleVersionIsRefused() {
            fixture.given(recorded(), new EncounterRevisedEvent(ID, corrected(), "wrong code", NOW))
                    .when(new ConfirmEncounterCommand(ID, 0L, HOPPER, null), AS_CLINIC)
                    .expectException(ConflictingAggregateVersionException.class);
        }

        @Test
        void anotherClinicsEncounterDoesNotExistForTheCaller() {
            fixture.given(recorded())
                    .when(new ConfirmEncounterCommand(ID, null, HOPPER, null),
                            MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class Amendments {

        @Test
        void theRenderingProvidersAmendmentOfAPendingEncounterIsTheirConfirmation() {
            fixture.given(recorded())
                    .when(new AmendEncounterCommand(ID, null, corrected(), "ECG not performed", HOPPER), AS_CLINIC)
                    .expectEvents(new EncounterConfirmedEvent(ID, corrected(), null, "ECG not performed", NOW));
        }

        @Test
        void aBillersCorrectionOfAPendingEncounterLeavesItPending() {
            fixture.given(recorded())
                    .when(new AmendEncounterCommand(ID, null, corrected(), "ECG not performed", BILLER), AS_CLINIC)
                    .expectEvents(new EncounterRevisedEvent(ID, corrected(), "ECG not performed", NOW));
        }

        @Test
        void aCorrectionAfterConfirmationIsANewRevisionNeverAnEdit() {
            fixture.given(recorded(), confirmed())
                    .when(new AmendEncounterCommand(ID, 1L, corrected(), "ECG not performed", BILLER), AS_CLINIC)
                    .expectEvents(new EncounterAmendedEvent(ID, 2, corrected(), "ECG not performed", NOW));
            fixture.given(recorded(), confirmed(), new EncounterAmendedEvent(ID, 2, corrected(), "ECG", NOW))
                    .when(new AmendEncounterCommand(ID, null, insured(), "ECG was performed after all", MANAGER),
                            AS_CLINIC)
                    .expectEvents(new EncounterAmendedEvent(ID, 3, insured(), "ECG was performed after all", NOW));
        }

        @Test
        void anAmendmentNeedsAReason() {
            fixture.given(recorded(), confirmed())
                    .when(new AmendEncounterCommand(ID, null, corrected(), null, BILLER), AS_CLINIC)
                    .expectException(InvalidFieldsException.class)
                    .expectNoEvents();
        }

        @Test
        void anotherProviderMayNotAmendIt() {
            fixture.given(recorded(), confirmed())
                    .when(new AmendEncounterCommand(ID, null, corrected(), "mine now", LOVELACE), AS_CLINIC)
                    .expectException(AccessDeniedException.class);
        }

        @Test
        void anEncounterStaysWithItsPatient() {
            EncounterData otherPatient = new EncounterData(UUID.randomUUID(), null, null, insured().serviceFrom(),
                    insured().serviceTo(), "11", insured().locationId(), insured().renderingProvider(),
                    insured().billingProvider(), null, insured().diagnoses(), insured().lines());
            fixture.given(recorded(), confirmed())
                    .when(new AmendEncounterCommand(ID, null, otherPatient, "wrong patient", BILLER), AS_CLINIC)
                    .expectException(StateConflictException.class);
        }

        @Test
        void aVoidedEncounterIsNotAmended() {
            fixture.given(recorded(), confirmed(), new EncounterVoidedEvent(ID, 1, "not rendered", NOW))
                    .when(new AmendEncounterCommand(ID, null, corrected(), "fix", BILLER), AS_CLINIC)
                    .expectException(StateConflictException.class);
        }
    }

    @Nested
    class Voiding {

        @Test
        void aConfirmedEncounterIsVoidedWithAReasonAndClaimsAreToBeTold() {
            fixture.given(recorded(), confirmed())
                    .when(new VoidEncounterCommand(ID, null, "recorded on the wrong patient"), AS_CLINIC)
                    .expectEvents(new EncounterVoidedEvent(ID, 1, "recorded on the wrong patient", NOW));
        }

        @Test
        void aPendingEncounterIsVoidedWithoutClaimsEverHearingOfIt() {
            fixture.given(recorded())
                    .when(new VoidEncounterCommand(ID, null, "duplicate entry"), AS_CLINIC)
                    .expectEvents(new EncounterDiscardedEvent(ID, "duplicate entry", NOW));
        }

        @Test
        void anEncounterIsVoidedOnce() {
            fixture.given(recorded(), new EncounterDiscardedEvent(ID, "duplicate", NOW))
                    .when(new VoidEncounterCommand(ID, null, "again"), AS_CLINIC)
                    .expectException(StateConflictException.class);
        }
    }

    @Test
    void totalsAreTheSumsOfTheLines() {
        assertThat(insured().totalCharge()).isEqualTo(Money.usd("165.00"));
        assertThat(insured().expectedReimbursement()).isEqualTo(Money.usd("120.55"));
        EncounterData selfPay = new EncounterData(insured().patientId(), null, null, insured().serviceFrom(),
                insured().serviceTo(), "11", insured().locationId(), insured().renderingProvider(),
                insured().billingProvider(), null, insured().diagnoses(), insured().lines());
        assertThat(selfPay.expectedReimbursement()).isNull();
    }
}
