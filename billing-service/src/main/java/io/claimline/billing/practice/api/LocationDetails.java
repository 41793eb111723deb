package io.claimline.billing.practice.api;

/**
 * A service location (837P loop 2310C, service facility) and the place-of-service code its claims carry.
 *
 * @param npi the facility's own NPI, null when it has none
 */
public record LocationDetails(String name, Address address, String placeOfService, String npi) {
}
