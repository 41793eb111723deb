package io.claimline.platform.copies;

import io.claimline.contracts.practice.v1.Address;
import java.time.LocalDate;

/**
 * A service location (837P loop 2310C) and its place-of-service code, in the version in effect on a date.
 *
 * @param effectiveTo the location's last day in use (inclusive), null while open-ended
 * @param npi the facility's own NPI, null when it has none
 */
public record Location(String locationId, LocalDate effectiveFrom, LocalDate effectiveTo, String name,
        Address address, String placeOfService, String npi) {
}
