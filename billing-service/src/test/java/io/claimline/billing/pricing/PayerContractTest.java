package io.claimline.billing.pricing;

import io.claimline.billing.pricing.api.ContractEndedEvent;
import io.claimline.billing.pricing.api.ContractId;
import io.claimline.billing.pricing.api.ContractTerms;
import io.claimline.billing.pricing.api.ContractTermsSetEvent;
import io.claimline.billing.pricing.api.EndContractCommand;
import io.claimline.billing.pricing.api.PricingConflictException;
import io.claimline.billing.pricing.api.SetContractTermsCommand;
import io.claimline.billing.pricing.command.PayerContract;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a payer contract's versions, given its history, as a business sentence. */
class PayerContractTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String CLINIC = "clinic-a";
    private static final ContractId CONTRACT = new ContractId(CLINIC,
            UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    private static final MetaData AS_CLINIC = MetaData.with(MetaDataKeys.CLINIC_ID, CLINIC);
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 1);
    private static final ContractTerms EIGHTY_PERCENT = new ContractTerms(ContractTerms.Method.PERCENT_OF_BASE,
            new BigDecimal("80"), ContractTerms.Base.CHARGEMASTER, null, List.of(),
            List.of(new ContractTerms.CarveOut("J3301", ContractTerms.CarveOutKind.NOT_COVERED,
                    null, null)));
    private static final ContractTerms FEES = new ContractTerms(ContractTerms.Method.FEE_SCHEDULE, null, null,
            "Aetna 2026", List.of(new ContractTerms.ScheduleAmount("99213", Money.usd("92.50"))),
            List.of());

    private AggregateTestFixture<PayerContract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PayerContract.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ContractTermsSetEvent terms(LocalDate from, ContractTerms terms) {
        return new ContractTermsSetEvent(CONTRACT, from, terms, NOW);
    }

    @Test
    void theFirstTermsSetTheContractUp() {
        fixture.givenNoPriorActivity()
                .when(new SetContractTermsCommand(CONTRACT, null, JAN, EIGHTY_PERCENT), AS_CLINIC)
                .expectEvents(terms(JAN, EIGHTY_PERCENT))
                .expectResultMessagePayload(0L);
    }

    @Test
    void laterTermsAreANewVersionFromTheirOwnDate() {
        fixture.given(terms(JAN, EIGHTY_PERCENT))
                .when(new SetContractTermsCommand(CONTRACT, 0L, JUN, FEES), AS_CLINIC)
                .expectEvents(terms(JUN, FEES))
                .expectResultMessagePayload(1L);
    }

    @Test
    void refusesTermsForTheSameDateOrBeforeTheLatestVersion() {
        fixture.given(terms(JUN, EIGHTY_PERCENT))
                .when(new SetContractTermsCommand(CONTRACT, null, JUN, FEES), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectExceptionMessage("the contract already has a version effective from this date")
                .expectNoEvents();
        fixture.given(terms(JUN, EIGHTY_PERCENT))
                .when(new SetContractTermsCommand(CONTRACT, null, JAN, FEES), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectNoEvents();
    }

    @Test
    void refusesTermsWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(new SetContractTermsCommand(CONTRACT, null, null, FEES), AS_CLINIC)
                .expectException(InvalidFieldsException.class)
                .expectNoEvents();
    }

    @Test
    void aWriteBasedOnAStaleVersionConflicts() {
        fixture.given(terms(JAN, EIGHTY_PERCENT), terms(JUN, FEES))
                .when(new SetContractTermsCommand(CONTRACT, 0L, JUN.plusMonths(1), FEES), AS_CLINIC)
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void anotherClinicsContractDoesNotExistForTheCaller() {
        fixture.given(terms(JAN, FEES))
                .when(new SetContractTermsCommand(CONTRACT, null, JUN, FEES),
                        MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aContractEndsOnItsLastDayAndMayStartAgainTheDayAfter() {
        LocalDate last = LocalDate.of(2026, 5, 31);
        fixture.given(terms(JAN, FEES))
                .when(new EndContractCommand(CONTRACT, 0L, last), AS_CLINIC)
                .expectEvents(new ContractEndedEvent(CONTRACT, last, NOW))
                .expectResultMessagePayload(1L);
        fixture.given(terms(JAN, FEES), new ContractEndedEvent(CONTRACT, last, NOW))
                .when(new SetContractTermsCommand(CONTRACT, null, JUN, EIGHTY_PERCENT), AS_CLINIC)
                .expectEvents(terms(JUN, EIGHTY_PERCENT));
    }

    @Test
    void refusesToEndAContractTwiceOrBeforeItsLatestVersion() {
        fixture.given(terms(JAN, FEES), new ContractEndedEvent(CONTRACT, JUN, NOW))
                .when(new EndContractCommand(CONTRACT, null, JUN.plusMonths(1)), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectExceptionMessage("the contract has nothing in force to end")
                .expectNoEvents();
        fixture.given(terms(JUN, FEES))
                .when(new EndContractCommand(CONTRACT, null, JAN), AS_CLINIC)
                .expectException(PricingConflictException.class)
                .expectNoEvents();
    }
}
