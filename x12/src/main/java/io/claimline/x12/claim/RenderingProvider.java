package io.claimline.x12.claim;

import io.claimline.x12.X12Text;

/**
 * Loop 2310B: the clinician who performed the services, when not the billing provider (NM1*82*1 ... XX with the
 * individual NPI; PRV*PE*PXC with the taxonomy code).
 */
public record RenderingProvider(String lastName, String firstName, String npi, String taxonomyCode) {

    public RenderingProvider {
        lastName = X12Text.requireText("renderingProvider.lastName", lastName, 60);
        firstName = X12Text.requireText("renderingProvider.firstName", firstName, 35);
        Checks.npi("renderingProvider.npi", npi);
        Checks.taxonomy("renderingProvider.taxonomyCode", taxonomyCode);
    }
}
