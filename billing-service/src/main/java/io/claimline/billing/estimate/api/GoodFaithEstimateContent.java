package io.claimline.billing.estimate.api;

import io.claimline.platform.kernel.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What a good-faith estimate states (45 CFR 149.610(c)), except the patient's name and date of birth: those are
 * PHI, stay sealed in patient-service's vault and are printed only into the PDF at download time (ADR 0020). The
 * patient is named here by id only. Codes are held as validated strings (HCPCS/CPT, modifiers, ICD-10-CM without
 * the dot). {@code convening} is the clinic that schedules the service and bills for it; every item names the
 * provider who furnishes it.
 */
public record GoodFaithEstimateContent(
        String patientId,
        LocalDate scheduledDate,
        String primaryService,
        List<String> diagnosisCodes,
        Facility convening,
        Location location,
        List<Provider> providers,
        List<Item> items,
        Money total) {

    public GoodFaithEstimateContent {
        diagnosisCodes = List.copyOf(diagnosisCodes);
        providers = List.copyOf(providers);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a good-faith estimate lists at least one item or service");
        }
        Money sum = items.stream().map(Item::expectedCharge).reduce(Money::plus).orElseThrow();
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("the total is the sum of the items' expected charges");
        }
    }

    /** The convening provider or facility: the clinic's legal name, billing NPI, TIN and address. */
    public record Facility(String name, String npi, String tin, Place address) {
    }

    /** Where the service is to be furnished. */
    public record Location(String locationId, String name, Place address) {
    }

    /** A provider who furnishes items; they bill under the clinic's TIN. */
    public record Provider(String providerId, String name, String credential, String npi, String tin) {
    }

    /** An item or service: its code, modifiers, quantity and expected charge, and who furnishes it (an NPI). */
    public record Item(String procedureCode, List<String> modifiers, int units, String description,
            String providerNpi, Money expectedCharge) {

        public Item {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** A postal address as printed (no PHI: a clinic's or a location's). */
    public record Place(String line1, String line2, String city, String state, String postalCode) {
    }
}
