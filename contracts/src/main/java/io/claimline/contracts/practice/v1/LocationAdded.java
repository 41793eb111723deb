package io.claimline.contracts.practice.v1;

import io.claimline.contracts.KeyedPayload;
import io.claimline.contracts.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code billing.practice-events.v1} type {@code LocationAdded}, version 1: a service location of the clinic from
 * {@code effectiveFrom} on. {@code effectiveTo} (inclusive, null for open-ended) is the location's last day in
 * use.
 *
 * @param placeOfService the CMS place-of-service code, two digits (e.g. 11 office)
 * @param npi the facility's own NPI; null when it has none
 */
public record LocationAdded(
        String clinicId,
        String locationId,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String name,
        Address address,
        String placeOfService,
        String npi,
        Instant addedAt) implements KeyedPayload {

    public static final String TYPE = "LocationAdded";
    public static final int VERSION = 1;

    public LocationAdded {
        Require.present(clinicId, "clinicId");
        Require.uuid(locationId, "locationId");
        Require.present(effectiveFrom, "effectiveFrom");
        Require.present(name, "name");
        Require.present(address, "address");
        Require.present(placeOfService, "placeOfService");
        Require.present(addedAt, "addedAt");
    }

    @Override
    public String aggregateId() {
        return clinicId;
    }
}
