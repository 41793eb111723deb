package io.claimline.x12.claim;

import java.util.List;
import java.util.Optional;

/**
 * One billing provider (2000A) and the claims it bills in this file. The pay-to address (2010AB) is sent only when
 * payments go somewhere other than the billing provider's address.
 */
public record BillingProviderClaims(BillingProvider billingProvider, Optional<Address> payToAddress,
        List<ProfessionalClaim> claims) {

    public BillingProviderClaims {
        Checks.required("billingProvider", billingProvider);
        Checks.optional("payToAddress", payToAddress);
        claims = Checks.list("claims", claims, 1, 5000);
        // 2310B is for a rendering provider other than the billing provider; the guide says to leave it out otherwise.
        if (claims.stream().flatMap(claim -> claim.renderingProvider().stream())
                .anyMatch(rendering -> rendering.npi().equals(billingProvider.npi()))) {
            throw new IllegalArgumentException(
                    "renderingProvider must be left out when it is the billing provider (same NPI)");
        }
    }
}
