package io.claimline.contracts.payers.v1;

import io.claimline.contracts.MalformedIntegrationEventException;
import io.claimline.contracts.Require;

/**
 * What a payer is and how it must be billed, carried whole by {@code PayerAdded} and {@code PayerChanged} so a
 * consumer's copy never needs an earlier event to be complete.
 *
 * @param ediPayerId the id the clearinghouse routes on (837 loop 2010BB NM109)
 * @param claimFilingIndicator the X12 5010 SBR09 code (CI, MB, MC, …)
 * @param initialClaimDays timely-filing limit for a first claim, in days after the date of service
 * @param correctedClaimDays limit for a corrected or replacement claim, in days
 * @param appealDays limit for an appeal, in days after the adjudication
 * @param phone E.164, or null
 */
public record PayerTerms(
        String name,
        String ediPayerId,
        String claimFilingIndicator,
        Integer initialClaimDays,
        Integer correctedClaimDays,
        Integer appealDays,
        PayerAddress address,
        String phone,
        Boolean acceptsElectronicClaims) {

    public PayerTerms {
        Require.present(name, "name");
        Require.present(ediPayerId, "ediPayerId");
        Require.present(claimFilingIndicator, "claimFilingIndicator");
        positive(initialClaimDays, "initialClaimDays");
        positive(correctedClaimDays, "correctedClaimDays");
        positive(appealDays, "appealDays");
        Require.present(address, "address");
        Require.present(acceptsElectronicClaims, "acceptsElectronicClaims");
    }

    private static void positive(Integer days, String field) {
        if (Require.present(days, field) <= 0) {
            throw new MalformedIntegrationEventException(field + " is not a positive number of days");
        }
    }
}
