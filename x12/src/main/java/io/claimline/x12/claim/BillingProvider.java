package io.claimline.x12.claim;

import io.claimline.x12.X12Text;
import java.util.Optional;

/**
 * Loops 2000A/2010AA: the organisation that bills (NM1*85*2 with its NPI), its street address, and its tax id
 * (REF*EI).
 *
 * @param organizationName NM103
 * @param npi              NM109 (XX), a valid NPI
 * @param taxonomyCode     PRV*BI*PXC, sent when the payer needs it to adjudicate
 * @param ein              REF*EI, 9 digits
 * @param address          N3/N4: a street address (no post-office box; the scrubber checks that), full 9-digit ZIP
 */
public record BillingProvider(String organizationName, String npi, Optional<String> taxonomyCode, String ein,
        Address address) {

    public BillingProvider {
        organizationName = X12Text.requireText("billingProvider.organizationName", organizationName, 60);
        Checks.npi("billingProvider.npi", npi);
        Checks.optional("billingProvider.taxonomyCode", taxonomyCode)
                .ifPresent(code -> Checks.taxonomy("billingProvider.taxonomyCode", code));
        Checks.ein("billingProvider.ein", ein);
        Checks.required("billingProvider.address", address);
        if (address.postalCode().length() != 9) {
            throw new IllegalArgumentException("billingProvider.address.postalCode must be the full 9-digit ZIP code");
        }
    }
}
