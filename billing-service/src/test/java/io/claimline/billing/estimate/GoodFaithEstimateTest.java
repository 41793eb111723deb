package io.claimline.billing.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimline.billing.estimate.api.BillComparedEvent;
import io.claimline.billing.estimate.api.CompareWithBillCommand;
import io.claimline.billing.estimate.api.GoodFaithEstimateContent;
import io.claimline.billing.estimate.api.GoodFaithEstimateId;
import io.claimline.billing.estimate.api.GoodFaithEstimateIssuedEvent;
import io.claimline.billing.estimate.api.IssueGoodFaithEstimateCommand;
import io.claimline.billing.estimate.command.DisputeThreshold;
import io.claimline.billing.estimate.command.GoodFaithEstimate;
import io.claimline.platform.axon.MetaDataKeys;
import io.claimline.platform.kernel.InvalidFieldsException;
import io.claimline.platform.kernel.Money;
import io.claimline.platform.kernel.NotFoundException;
import io.claimline.platform.kernel.StateConflictException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a good-faith estimate, given its history, as a business sentence. */
class GoodFaithEstimateTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String CLINIC = "clinic-a";
    private static final MetaData AS_CLINIC = MetaData.with(MetaDataKeys.CLINIC_ID, CLINIC);
    private static final GoodFaithEstimateId ID = new GoodFaithEstimateId(
            UUID.fromString("5b1f0c7e-3a2d-4e9f-8c1b-7d6e5f4a3b2c"));
    private static final String ENCOUNTER = "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b";

    private AggregateTestFixture<GoodFaithEstimate> fixture;
    private SimpleMeterRegistry meters;

    @BeforeEach
    void setUp() {
        meters = new SimpleMeterRegistry();
        fixture = new AggregateTestFixture<>(GoodFaithEstimate.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(meters);
    }

    static GoodFaithEstimateContent content(String... charges) {
        List<GoodFaithEstimateContent.Item> items = java.util.Arrays.stream(charges)
                .map(c -> new GoodFaithEstimateContent.Item("99213", List.of(), 1, "Office visit", "1112223338",
                        Money.usd(c)))
                .toList();
        Money total = items.stream().map(GoodFaithEstimateContent.Item::expectedCharge).reduce(Money::plus)
                .orElseThrow();
        var place = new GoodFaithEstimateContent.Place("100 Main Street", null, "Springfield", "IL", "627011234");
        return new GoodFaithEstimateContent(UUID.randomUUID().toString(), LocalDate.of(2026, 12, 3),
                "Office visit", List.of("J209"),
                new GoodFaithEstimateContent.Facility("Riverside Family Medicine LLC", "1234567893", "123456789",
                        place),
                new GoodFaithEstimateContent.Location(UUID.randomUUID().toString(), "Main Office", place),
                List.of(new GoodFaithEstimateContent.Provider(UUID.randomUUID().toString(), "Grace Hopper", "MD",
                        "1112223338", "123456789")),
                items, total);
    }

    private static GoodFaithEstimateIssuedEvent issued(GoodFaithEstimateContent content) {
        return new GoodFaithEstimateIssuedEvent(ID, CLINIC, content, NOW);
    }

    @Test
    void anEstimateIsIssuedInTheCallersClinicWithWhatItStates() {
        GoodFaithEstimateContent content = content("150.00", "100.00");
        fixture.givenNoPriorActivity()
                .when(new IssueGoodFaithEstimateCommand(ID, content), AS_CLINIC)
                .expectEvents(issued(content))
                .expectResultMessagePayload(0L);
    }

    @Test
    void aTotalThatIsNotTheSumOfTheItemsIsNeverAnEstimate() {
        var c = content("150.00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GoodFaithEstimateContent(c.patientId(),
                c.scheduledDate(), c.primaryService(), c.diagnosisCodes(), c.convening(), c.location(),
                c.providers(), c.items(), Money.usd("150.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBillExactly400OverTheEstimateIsFlagged() {
        fixture.given(issued(content("1000.00")))
                .when(new CompareWithBillCommand(ID, ENCOUNTER, Money.usd("1400.00")), AS_CLINIC)
                .expectEvents(new BillComparedEvent(ID, CLINIC, ENCOUNTER, Money.usd("1000.00"),
                        Money.usd("1400.00"), Money.usd("400.00"), true, NOW));
        assertThat(meters.counter("claimline.billing.estimates.bills.flagged").count()).isEqualTo(1.0);
    }

    @Test
    void aBillACentShortOf400OverIsNotFlagged() {
        fixture.given(issued(content("1000.00")))
                .when(new CompareWithBillCommand(ID, ENCOUNTER, Money.usd("1399.99")), AS_CLINIC)
                .expectEvents(new BillComparedEvent(ID, CLINIC, ENCOUNTER, Money.usd("1000.00"),
                        Money.usd("1399.99"), Money.usd("399.99"), false, NOW));
        assertThat(meters.counter("claimline.billing.estimates.bills.flagged").count()).isZero();
    }

    @Test
    void aBillUnderTheEstimateIsRecordedWithANegativeExcess() {
        fixture.given(issued(content("1000.00")))
                .when(new CompareWithBillCommand(ID, ENCOUNTER, Money.usd("900.00")), AS_CLINIC)
                .expectEvents(new BillComparedEvent(ID, CLINIC, ENCOUNTER, Money.usd("1000.00"),
                        Money.usd("900.00"), Money.usd("-100.00"), false, NOW));
    }

    @Test
    void anAmendedBillOfTheSameEncounterIsComparedAgain() {
        fixture.given(issued(content("1000.00")), new BillComparedEvent(ID, CLINIC, ENCOUNTER,
                        Money.usd("1000.00"), Money.usd("1100.00"), Money.usd("100.00"), false, NOW))
                .when(new CompareWithBillCommand(ID, ENCOUNTER, Money.usd("1500.00")), AS_CLINIC)
                .expectEvents(new BillComparedEvent(ID, CLINIC, ENCOUNTER, Money.usd("1000.00"),
                        Money.usd("1500.00"), Money.usd("500.00"), true, NOW));
    }

    @Test
    void anotherEncountersBillIsRefused() {
        fixture.given(issued(content("1000.00")), new BillComparedEvent(ID, CLINIC, ENCOUNTER,
                        Money.usd("1000.00"), Money.usd("1100.00"), Money.usd("100.00"), false, NOW))
                .when(new CompareWithBillCommand(ID, "another-encounter", Money.usd("1100.00")), AS_CLINIC)
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anotherClinicsEstimateDoesNotExistForTheCaller() {
        fixture.given(issued(content("1000.00")))
                .when(new CompareWithBillCommand(ID, ENCOUNTER, Money.usd("1500.00")),
                        MetaData.with(MetaDataKeys.CLINIC_ID, "clinic-b"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aNegativeOrForeignBilledTotalIsRefusedNamingTheField() {
        fixture.given(issued(content("1000.00")))
                .when(new CompareWithBillCommand(ID, ENCOUNTER, Money.usd("-1.00")), AS_CLINIC)
                .expectException(InvalidFieldsException.class)
                .expectNoEvents();
        fixture.given(issued(content("1000.00")))
                .when(new CompareWithBillCommand(ID, ENCOUNTER,
                        Money.of("1500.00", java.util.Currency.getInstance("EUR"))), AS_CLINIC)
                .expectException(InvalidFieldsException.class)
                .expectNoEvents();
    }

    @Test
    void theThresholdIsAtLeast400() {
        assertThat(DisputeThreshold.reached(Money.usd("10.00"), Money.usd("410.00"))).isTrue();
        assertThat(DisputeThreshold.reached(Money.usd("10.00"), Money.usd("409.99"))).isFalse();
    }
}
