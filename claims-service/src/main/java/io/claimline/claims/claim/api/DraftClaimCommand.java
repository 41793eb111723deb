package io.claimline.claims.claim.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Draft the claim for a confirmed encounter (one claim per encounter bills its primary payer).
 *
 * @param timelyFilingDeadline the last day the payer takes a first claim (null when the payer's limit is unknown)
 * @param timelyFilingWarningAt when the claim joins the "approaching timely filing" queue (null with no deadline)
 */
public record DraftClaimCommand(@TargetAggregateIdentifier String claimId, String patientControlNumber,
        ClaimContent content, LocalDate timelyFilingDeadline, Instant timelyFilingWarningAt) {
}
