package io.claimline.patient.payer;

import static io.claimline.patient.payer.Payers.aetna;
import static io.claimline.patient.payer.Payers.aetnaAsSent;
import static io.claimline.patient.payer.Payers.withEdiPayerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimline.patient.payer.api.AddPayerCommand;
import io.claimline.patient.payer.api.ChangePayerCommand;
import io.claimline.patient.payer.api.DeactivatePayerCommand;
import io.claimline.patient.payer.api.PayerAddedEvent;
import io.claimline.patient.payer.api.PayerAddress;
import io.claimline.patient.payer.api.PayerChangedEvent;
import io.claimline.patient.payer.api.PayerDeactivatedEvent;
import io.claimline.patient.payer.api.PayerDetails;
import io.claimline.patient.payer.api.PayerId;
import io.claimline.patient.payer.api.PayerReactivatedEvent;
import io.claimline.patient.payer.api.ReactivatePayerCommand;
import io.claimline.patient.payer.command.Payer;
import io.claimline.patient.payer.command.PayerRules;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PayerTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String CLINIC = "clinic-a";
    private static final MetaData CLINIC_A = MetaData.with(MetaDataKeys.CLINIC_ID, CLINIC);
    private static final MetaData CLINIC_B = MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b");
    private static final PayerId PAYER = PayerId.parse("3c9d7f1e-2b4a-4e6f-8a1b-7d5c3e2f1a09");
    private static final PayerId OTHER_PAYER = PayerId.parse("5d0e8a2f-3c5b-4f7a-9b2c-8e6d4f3a2b10");

    private AggregateTestFixture<Payer> fixture;
    private InMemoryEdiPayerIds ediPayerIds;

    @BeforeEach
    void setUp() {
        ediPayerIds = new InMemoryEdiPayerIds();
        fixture = new AggregateTestFixture<>(Payer.class);
        fixture.registerInjectableResource(ediPayerIds);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PayerAddedEvent added() {
        return new PayerAddedEvent(PAYER, CLINIC, aetna(), NOW.minusSeconds(3600));
    }

    @Nested
    class Adding {

        @Test
        void recordsTheNormalisedDetailsTheClinicAndTheTimeAndClaimsTheEdiPayerId() {
            fixture.givenNoPriorActivity()
                    .when(new AddPayerCommand(PAYER, aetnaAsSent()), CLINIC_A)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PayerAddedEvent(PAYER, CLINIC, aetna(), NOW));
            assertThat(ediPayerIds.holder(CLINIC, "60054")).isEqualTo(PAYER);
        }

        @Test
        void refusesEveryBrokenFieldAtOnceNamingEach() {
            PayerDetails broken = new PayerDetails("", "6*", "XX", 0, -3, 1096,
                    new PayerAddress("", null, "El Paso", "ZZ", "1234"), "not a phone", null);

            fixture.givenNoPriorActivity()
                    .when(new AddPayerCommand(PAYER, broken), CLINIC_A)
                    .expectNoEvents()
                    .expectException(InvalidFieldsException.class);
            assertThat(ediPayerIds.claims).isEmpty();
            assertThatThrownBy(() -> PayerRules.check(broken)).isInstanceOfSatisfying(InvalidFieldsException.class,
                    refused -> assertThat(refused.problems()).extracting(InvalidFieldsException.Problem::field)
                            .containsExactly("name", "ediPayerId", "claimFilingIndicator", "initialClaimDays",
                                    "correctedClaimDays", "appealDays", "address.line1", "address.state",
                                    "address.postalCode", "phone", "acceptsElectronicClaims"));
        }

        @Test
        void refusesAnEdiPayerIdAnotherActivePayerOfTheClinicHolds() {
            ediPayerIds.claim(CLINIC, "60054", OTHER_PAYER);

            fixture.givenNoPriorActivity()
                    .when(new AddPayerCommand(PAYER, aetnaAsSent()), CLINIC_A)
                    .expectNoEvents()
                    .expectException(InvalidFieldsException.class)
                    .expectExceptionMessage("ediPayerId: is already the EDI payer id of another active payer of "
                            + "this clinic");
        }

        @Test
        void allowsTheSameEdiPayerIdInAnotherClinic() {
            ediPayerIds.claim("clinic-b", "60054", OTHER_PAYER);

            fixture.givenNoPriorActivity()
                    .when(new AddPayerCommand(PAYER, aetnaAsSent()), CLINIC_A)
                    .expectEvents(new PayerAddedEvent(PAYER, CLINIC, aetna(), NOW));
        }

        @Test
        void refusesAPayerWithoutAClinic() {
            fixture.givenNoPriorActivity()
                    .when(new AddPayerCommand(PAYER, aetnaAsSent()))
                    .expectNoEvents()
                    .expectException(IllegalArgumentException.class);
        }
    }

    @Nested
    class Changing {

        @Test
        void recordsEveryValueAfterTheChangeAndMovesTheEdiPayerIdClaim() {
            ediPayerIds.claim(CLINIC, "60054", PAYER);
            PayerDetails changed = withEdiPayerId(aetna(), "AETNA1");

            fixture.given(added())
                    .when(new ChangePayerCommand(PAYER, 0L, changed), CLINIC_A)
                    .expectEvents(new PayerChangedEvent(PAYER, changed, NOW))
                    .expectResultMessagePayload(1L);
            assertThat(ediPayerIds.holder(CLINIC, "AETNA1")).isEqualTo(PAYER);
            assertThat(ediPayerIds.holder(CLINIC, "60054")).isNull();
        }

        @Test
        void keepsItsOwnEdiPayerIdWhenOtherValuesChange() {
            ediPayerIds.claim(CLINIC, "60054", PAYER);
            PayerDetails changed = new PayerDetails("Aetna Better Health", "60054", "MC", 365, 365, 60,
                    aetna().address(), null, false);

            fixture.given(added())
                    .when(new ChangePayerCommand(PAYER, 0L, changed), CLINIC_A)
                    .expectEvents(new PayerChangedEvent(PAYER, changed, NOW));
            assertThat(ediPayerIds.holder(CLINIC, "60054")).isEqualTo(PAYER);
        }

        @Test
        void refusesAnEdiPayerIdAnotherActivePayerHoldsAndKeepsItsOwnClaim() {
            ediPayerIds.claim(CLINIC, "60054", PAYER);
            ediPayerIds.claim(CLINIC, "87726", OTHER_PAYER);

            fixture.given(added())
                    .when(new ChangePayerCommand(PAYER, 0L, withEdiPayerId(aetna(), "87726")), CLINIC_A)
                    .expectNoEvents()
                    .expectException(InvalidFieldsException.class);
            assertThat(ediPayerIds.holder(CLINIC, "60054")).isEqualTo(PAYER);
        }

        @Test
        void refusesBrokenDetails() {
            fixture.given(added())
                    .when(new ChangePayerCommand(PAYER, 0L, withEdiPayerId(aetna(), "x")), CLINIC_A)
                    .expectNoEvents()
                    .expectExceptionMessage("ediPayerId: must be 2 to 80 characters");
        }

        @Test
        void anInactivePayersEdiPayerIdIsNotClaimed() {
            PayerDetails changed = withEdiPayerId(aetna(), "87726");
            ediPayerIds.claim(CLINIC, "87726", OTHER_PAYER);

            fixture.given(added(), new PayerDeactivatedEvent(PAYER, NOW))
                    .when(new ChangePayerCommand(PAYER, 1L, changed), CLINIC_A)
                    .expectEvents(new PayerChangedEvent(PAYER, changed, NOW));
            assertThat(ediPayerIds.holder(CLINIC, "87726")).isEqualTo(OTHER_PAYER);
        }

        @Test
        void anotherClinicsPayerIsNotFound() {
            fixture.given(added())
                    .when(new ChangePayerCommand(PAYER, 0L, aetna()), CLINIC_B)
                    .expectNoEvents()
                    .expectException(NotFoundException.class);
        }
    }

    @Nested
    class DeactivatingAndReactivating {

        @Test
        void deactivatingReleasesTheEdiPayerId() {
            ediPayerIds.claim(CLINIC, "60054", PAYER);

            fixture.given(added())
                    .when(new DeactivatePayerCommand(PAYER, null), CLINIC_A)
                    .expectEvents(new PayerDeactivatedEvent(PAYER, NOW))
                    .expectResultMessagePayload(1L);
            assertThat(ediPayerIds.holder(CLINIC, "60054")).isNull();
        }

        @Test
        void deactivatingAnInactivePayerIsAConflict() {
            fixture.given(added(), new PayerDeactivatedEvent(PAYER, NOW))
                    .when(new DeactivatePayerCommand(PAYER, null), CLINIC_A)
                    .expectNoEvents()
                    .expectException(ConflictingModificationException.class);
        }

        @Test
        void reactivatingClaimsTheEdiPayerIdAgain() {
            fixture.given(added(), new PayerDeactivatedEvent(PAYER, NOW))
                    .when(new ReactivatePayerCommand(PAYER, null), CLINIC_A)
                    .expectEvents(new PayerReactivatedEvent(PAYER, NOW))
                    .expectResultMessagePayload(2L);
            assertThat(ediPayerIds.holder(CLINIC, "60054")).isEqualTo(PAYER);
        }

        @Test
        void reactivatingIsRefusedWhileAnotherActivePayerHoldsTheEdiPayerId() {
            ediPayerIds.claim(CLINIC, "60054", OTHER_PAYER);

            fixture.given(added(), new PayerDeactivatedEvent(PAYER, NOW))
                    .when(new ReactivatePayerCommand(PAYER, null), CLINIC_A)
                    .expectNoEvents()
                    .expectException(InvalidFieldsException.class);
        }

        @Test
        void reactivatingAnActivePayerIsAConflict() {
            fixture.given(added())
                    .when(new ReactivatePayerCommand(PAYER, null), CLINIC_A)
                    .expectNoEvents()
                    .expectException(ConflictingModificationException.class);
        }

        @Test
        void anotherClinicsPayerIsNotFound() {
            fixture.given(added())
                    .when(new DeactivatePayerCommand(PAYER, null), CLINIC_B)
                    .expectNoEvents()
                    .expectException(NotFoundException.class);
        }
    }
}
