package io.claimline.billing.pricing;

import io.claimline.billing.pricing.api.ChargemasterId;
import io.claimline.billing.pricing.api.EndPricesCommand;
import io.claimline.billing.pricing.api.PriceEntry;
import io.claimline.billing.pricing.api.PricesEndedEvent;
import io.claimline.billing.pricing.api.PricesSetEvent;
import io.claimline.billing.pricing.api.PricingConflictException;
import io.claimline.billing.pricing.api.SetPricesCommand;
import io.claimline.billing.pricing.command.Chargemaster;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a clinic's chargemaster, given its history, as a business sentence. */
class ChargemasterTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String CLINIC = "clinic-a";
    private static final ChargemasterId CHARGEMASTER = new ChargemasterId(CLINIC);
    private static final MetaData AS_CLINIC = MetaData.with(MetaDataKeys.CLINIC_ID, CLINIC);
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 1);
    private static final String OFFICE_VISIT = "99213";
    private static final String INJECTION = "J3301";
    private static final PriceEntry VISIT_125 = new PriceEntry(OFFICE_VISIT, Money.usd("125.00"));
    private static final PriceEntry VISIT_135 = new PriceEntry(OFFICE_VISIT, Money.usd("135.00"));
    private static final PriceEntry INJECTION_18 = new PriceEntry(INJECTION, Money.usd("18.40"));

    private AggregateTestFixture<Chargemaster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Chargemaster.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PricesSetEvent set(LocalDate from, PriceEntry... prices) {
        return new PricesSetEvent(CHARGEMASTER, from, List.of(prices), NOW);
    }

    @Test
    void theFirstWriteSetsTheChargemasterUpWithManyCodesAndAnswersVersionZero() {
        fixture.givenNoPriorActivity()
                .when(new SetPricesCommand(CHARGEMASTER, null, JAN, List.of(VISIT_125, INJECTION_18)), AS_CLINIC)
                .expectEvents(set(JAN, VISIT_125, INJECTION_18))
                .expectResultMessagePayload(0L);
    }

    @Test
    void aLaterPriceOfACodeIsANewVersionFromItsOwnDate() {
        fixture.given(set(JAN, VISIT_125, INJECTION_18))
                .when(new SetPricesCommand(CHARGEMASTER, 0L, JUN, List.of(VISIT_135)), AS_CLINIC)
                .expectEvents(set(JUN, VISIT_135))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aNewCodeMayBePricedFromAnyDate() {
        fixture.given(set(JUN, VISIT_125))
                .when(new SetPricesCommand(CHARGEMASTER, null, JAN, List.of(INJECTION_18)), AS_CLINIC)
                .expectEvents(set(JAN, INJECTION_18));
    }

    @Test
    void refusesASecondVersionOfACodeForTheSameDateNamingTheCode() {
        fixture.given(set(JAN, VISIT_125))
                .when(new SetPricesCommand(CHARGEMASTER, null, JAN, List.of(INJECTION_18, VISIT_135)), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectExceptionMessage("the price of 99213 already has a version effective from this date")
                .expectNoEvents();
    }

    @Test
    void refusesAVersionBeforeACodesLatestOneSoHistoryIsNeverRewritten() {
        fixture.given(set(JUN, VISIT_125))
                .when(new SetPricesCommand(CHARGEMASTER, null, JAN, List.of(VISIT_135)), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectNoEvents();
    }

    @Test
    void refusesTheSameCodeTwiceInOneWrite() {
        fixture.givenNoPriorActivity()
                .when(new SetPricesCommand(CHARGEMASTER, null, JAN, List.of(VISIT_125, VISIT_135)), AS_CLINIC)
                .expectException(InvalidFieldsException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAWriteWithoutCodesOrWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(new SetPricesCommand(CHARGEMASTER, null, JAN, List.of()), AS_CLINIC)
                .expectException(InvalidFieldsException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SetPricesCommand(CHARGEMASTER, null, null, List.of(VISIT_125)), AS_CLINIC)
                .expectException(InvalidFieldsException.class)
                .expectNoEvents();
    }

    @Test
    void aWriteBasedOnAStaleVersionConflicts() {
        fixture.given(set(JAN, VISIT_125), set(JAN, INJECTION_18))
                .when(new SetPricesCommand(CHARGEMASTER, 0L, JUN, List.of(VISIT_135)), AS_CLINIC)
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void anotherClinicsChargemasterDoesNotExistForTheCaller() {
        fixture.given(set(JAN, VISIT_125))
                .when(new SetPricesCommand(CHARGEMASTER, null, JUN, List.of(VISIT_135)),
                        MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aPriceEndsOnItsLastDay() {
        LocalDate last = LocalDate.of(2026, 5, 31);
        fixture.given(set(JAN, VISIT_125, INJECTION_18))
                .when(new EndPricesCommand(CHARGEMASTER, 0L, last, List.of(INJECTION)), AS_CLINIC)
                .expectEvents(new PricesEndedEvent(CHARGEMASTER, last, List.of(INJECTION), NOW))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anEndedCodeMayBePricedAgainFromTheDayAfterItsEnd() {
        LocalDate last = LocalDate.of(2026, 5, 31);
        fixture.given(set(JAN, VISIT_125), new PricesEndedEvent(CHARGEMASTER, last, List.of(OFFICE_VISIT), NOW))
                .when(new SetPricesCommand(CHARGEMASTER, null, JUN, List.of(VISIT_135)), AS_CLINIC)
                .expectEvents(set(JUN, VISIT_135));
    }

    @Test
    void anEndedCodeIsNotPricedAgainInsideTheEndedPeriodsPast() {
        fixture.given(set(JAN, VISIT_125),
                        new PricesEndedEvent(CHARGEMASTER, LocalDate.of(2026, 5, 31), List.of(OFFICE_VISIT), NOW))
                .when(new SetPricesCommand(CHARGEMASTER, null, LocalDate.of(2026, 3, 1), List.of(VISIT_135)),
                        AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectNoEvents();
    }

    @Test
    void refusesToEndACodeWithoutAPriceInForceOrBeforeItsLatestVersion() {
        fixture.given(set(JAN, VISIT_125))
                .when(new EndPricesCommand(CHARGEMASTER, null, JUN, List.of(INJECTION)), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectExceptionMessage("the price of J3301 has nothing in force to end")
                .expectNoEvents();
        fixture.given(set(JUN, VISIT_125))
                .when(new EndPricesCommand(CHARGEMASTER, null, JAN, List.of(OFFICE_VISIT)), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectNoEvents();
        fixture.given(set(JAN, VISIT_125),
                        new PricesEndedEvent(CHARGEMASTER, JUN, List.of(OFFICE_VISIT), NOW))
                .when(new EndPricesCommand(CHARGEMASTER, null, JUN.plusMonths(1), List.of(OFFICE_VISIT)), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectNoEvents();
    }
}
