package io.claimline.billing.practice.api;

/** A rendering provider as a claim names them (837P loop 2310B: NM1 and PRV). Not PHI. */
public record ProviderDetails(String npi, String givenName, String familyName, String taxonomy, String credential) {
}
