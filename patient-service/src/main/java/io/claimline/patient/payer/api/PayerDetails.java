package io.claimline.patient.payer.api;

/**
 * Everything a clinic records about a payer. In a command it is the caller's input, not yet checked (the
 * aggregate checks it with {@code PayerRules}); in an event it is the checked, normalised value.
 *
 * @param ediPayerId the id the clearinghouse routes on (837 loop 2010BB NM109), e.g. 60054
 * @param claimFilingIndicator X12 5010 SBR09 code, one of {@link ClaimFilingIndicators#CODES}
 * @param initialClaimDays timely-filing limit for a first claim, days after the date of service
 * @param correctedClaimDays limit for a corrected or replacement claim, days
 * @param appealDays limit for an appeal, days after the adjudication
 * @param phone E.164 once checked; optional
 */
public record PayerDetails(
        String name,
        String ediPayerId,
        String claimFilingIndicator,
        Integer initialClaimDays,
        Integer correctedClaimDays,
        Integer appealDays,
        PayerAddress address,
        String phone,
        Boolean acceptsElectronicClaims) {
}
