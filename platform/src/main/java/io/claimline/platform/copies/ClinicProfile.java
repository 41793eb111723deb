package io.claimline.platform.copies;

import io.claimline.contracts.practice.v1.Address;
import java.time.LocalDate;

/**
 * The clinic as a claim's billing provider (837P loop 2010AA) and pay-to address (2010AB) name it, in the version
 * in effect on a date.
 *
 * @param effectiveFrom the first day of this version
 * @param taxId the EIN, nine digits
 * @param payToAddress null when payments go to the billing address
 */
public record ClinicProfile(String clinicId, LocalDate effectiveFrom, String legalName, String billingNpi,
        String taxId, String taxonomy, Address billingAddress, Address payToAddress) {
}
