package io.claimline.billing.practice.query;

import io.claimline.billing.practice.api.Address;
import java.time.LocalDate;
import java.util.List;

/**
 * A clinic's practice setup as in effect on {@code asOf}: the profile version, and the providers and locations in
 * effect that day, each with the version in effect. {@code version} is the practice's, for If-Match.
 */
public record PracticeSetup(String clinicId, LocalDate asOf, Clinic clinic, List<Provider> providers,
        List<Location> locations, long version) {

    /** The clinic profile version in effect; {@code effectiveFrom} is the version's first day. */
    public record Clinic(LocalDate effectiveFrom, String legalName, String billingNpi, String taxId, String taxonomy,
            Address billingAddress, Address payToAddress) {
    }

    /** A provider: {@code effectiveFrom} of the version in effect, {@code effectiveTo} the provider's last day. */
    public record Provider(String providerId, LocalDate effectiveFrom, LocalDate effectiveTo, String npi,
            String givenName, String familyName, String taxonomy, String credential) {
    }

    /** A location: {@code effectiveFrom} of the version in effect, {@code effectiveTo} the location's last day. */
    public record Location(String locationId, LocalDate effectiveFrom, LocalDate effectiveTo, String name,
            Address address, String placeOfService, String npi) {
    }
}
