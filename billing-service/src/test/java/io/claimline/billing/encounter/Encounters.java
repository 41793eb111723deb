package io.claimline.billing.encounter;

import io.claimline.billing.encounter.api.EncounterData;
import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Encounter content for the tests: an insured office visit with an ECG, and ways to change it. */
final class Encounters {

    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 3, 2);
    static final String HOPPER_NPI = "1112223338";
    static final String LOVELACE_NPI = "1222333449";
    static final UUID PATIENT = UUID.fromString("0b7e2a52-62f1-4a8e-9a0c-5a2d41f8a9e3");
    static final UUID COVERAGE = UUID.fromString("7d3e9b2a-1c4f-4e8a-b6d5-9f0e1a2b3c4d");
    static final UUID PAYER = UUID.fromString("2a4c6e8f-0b1d-4f3a-9c5e-7b9d1f3a5c7e");
    static final UUID LOCATION = UUID.fromString("6e4a0b21-3c5d-4e7f-9a8b-2c3d4e5f6a7b");
    static final UUID HOPPER = UUID.fromString("4c2e8f10-9b3d-4a6e-8f7c-1d2b3a4c5e6f");
    static final UUID VISIT_LINE = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final UUID ECG_LINE = UUID.fromString("8b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e");

    private Encounters() {
    }

    static EncounterData.Line visit() {
        return new EncounterData.Line(VISIT_LINE, DATE_OF_SERVICE, "99213", List.of("25"), 1, List.of(1, 2),
                Money.usd("125.00"), Money.usd("125.00"), null, Money.usd("98.40"), null);
    }

    static EncounterData.Line ecg() {
        return new EncounterData.Line(ECG_LINE, DATE_OF_SERVICE, "93000", List.of(), 1, List.of(2),
                Money.usd("40.00"), Money.usd("40.00"), null, Money.usd("22.15"), null);
    }

    static EncounterData insured() {
        return withLines(List.of("E119", "I10"), List.of(visit(), ecg()));
    }

    static EncounterData withLines(List<String> diagnoses, List<EncounterData.Line> lines) {
        return new EncounterData(PATIENT, COVERAGE, PAYER, DATE_OF_SERVICE, DATE_OF_SERVICE, "11", LOCATION,
                new EncounterData.RenderingProvider(HOPPER, HOPPER_NPI, "Grace", "Hopper", "207Q00000X"),
                new EncounterData.BillingProvider("1234567893", "123456789", "Riverside Family Medicine LLC",
                        "207Q00000X"),
                null, diagnoses, lines);
    }

    static EncounterData.Line line(List<String> modifiers, int units, List<Integer> pointers) {
        Money charge = new Money(Money.usd("125.00").amount().multiply(java.math.BigDecimal.valueOf(Math.max(units,
                0))), Money.USD);
        return new EncounterData.Line(UUID.randomUUID(), DATE_OF_SERVICE, "99213", modifiers, units, pointers,
                Money.usd("125.00"), charge, null, null, null);
    }
}
