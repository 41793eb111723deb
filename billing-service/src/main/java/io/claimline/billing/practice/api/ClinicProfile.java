package io.claimline.billing.practice.api;

/**
 * What an 837P's billing provider (loop 2010AA) and pay-to address (2010AB) say of the clinic.
 *
 * @param taxId the EIN, nine digits without the hyphen
 * @param payToAddress null when payments go to the billing address
 */
public record ClinicProfile(String legalName, String billingNpi, String taxId, String taxonomy,
        Address billingAddress, Address payToAddress) {
}
